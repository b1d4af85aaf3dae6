/**
 * Authorization of releasing the dataset (issue 15), in the shape of authorization.test.ts: the
 * real server action and database, only the session stubbed. Province staff release and revise,
 * province-wide or one commune; a commune cadre and an anonymous visitor are refused and change
 * nothing. The scope is checked again inside the mutation's transaction.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { describeMatrix, expectRefused, invoke, signInAs, VIEWER_EMAIL } from "./authorization/harness";
import { userByEmail } from "./helpers";

const { MATRIX, fingerprint, seed } = await import("./authorization/dataset-release");
type Ids = Awaited<ReturnType<typeof seed>>;
const { releaseAction } = await import("@/lib/dataset/actions");
const { releaseYear } = await import("@/lib/dataset/release");

describeMatrix(MATRIX);

describe("authorization: releasing the dataset, crafted requests and the mutation's own check", () => {
  let ids: Ids;
  beforeEach(async () => {
    ids = await seed();
  });

  it("crafted: a cadre sending the commune twice is a bad request and changes nothing", async () => {
    await signInAs("COMMUNE_CADRE");
    await expectRefused(
      () =>
        invoke(releaseAction, [
          ["year", "2031"],
          ["communeId", ids.own],
          ["communeId", ids.other],
          ["note", "x"],
        ]),
      { fingerprint, refused: { ok: false } },
    );
  });
  it("the mutation checks the scope in its own transaction, whatever the caller decided", async () => {
    const cadre = await userByEmail(VIEWER_EMAIL.COMMUNE_CADRE);
    const before = await fingerprint();
    await expect(releaseYear({ year: 2031, communeId: ids.own, note: "x" }, { actor: cadre, ip: null })).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(releaseYear({ year: 2031, communeId: null, note: "x" }, { actor: cadre, ip: null })).rejects.toMatchObject({
      code: "forbidden",
    });
    expect(await fingerprint()).toBe(before);
  });
});
