/**
 * The authorization matrix of the actions added for reaching residents (issue 14), in the
 * pattern of tests/db/authorization.test.ts: every action × every role (and anonymous) × own or
 * other commune or the province, over the real server actions and database; only the session
 * is stubbed. A refused action queues nothing and changes nothing.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { describeMatrix, OFFICIALS, ROLES, signInAs } from "./authorization/harness";

const { MATRIX, seed } = await import("./authorization/reach");
type Ids = Awaited<ReturnType<typeof seed>>;
const { lookupSubscriptions } = await import("@/lib/subscriptions/queries");
const bulletins = await import("@/lib/bulletins/zip");

describeMatrix(MATRIX);

describe("reach: reads by role", () => {
  let ids: Ids;
  beforeEach(async () => {
    ids = await seed();
  });

  for (const role of ROLES) {
    const allowed = OFFICIALS.includes(role);
    it(`look up a resident's subscriptions by e-mail or phone · ${role} → ${allowed ? "allowed" : "refused"}`, async () => {
      const viewer = await signInAs(role);
      const found = await lookupSubscriptions(viewer, " Dan@Example.org ");
      if (allowed) {
        expect(Array.isArray(found) && found.map((row) => row.maskedAddress)).toEqual([
          "da…@example.org",
          "da…@example.org",
          "da…@example.org",
        ]);
        expect(JSON.stringify(found)).not.toContain("dan@example.org");
      } else {
        expect(found).toBeNull();
      }
    });
  }

  for (const role of ROLES) {
    const allowed = role !== "ANONYMOUS";
    it(`download a loudspeaker bulletin (notice and article) · ${role} → ${allowed ? "allowed" : "refused"}`, async () => {
      await signInAs(role);
      for (const response of [await bulletins.noticeBulletin(ids.notice), await bulletins.articleBulletin(ids.article)]) {
        expect(response.status).toBe(allowed ? 200 : 403);
        if (allowed) {
          expect(response.headers.get("content-type")).toBe("application/zip");
          const { unzipSync, strFromU8 } = await import("fflate");
          const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
          const script = Object.entries(files).find(([name]) => name.endsWith("-doc-tieng-viet.txt"));
          expect(script, Object.keys(files).join(", ")).toBeTruthy();
          expect(strFromU8(script![1]).length).toBeGreaterThan(5);
        }
      }
    });
  }
});
