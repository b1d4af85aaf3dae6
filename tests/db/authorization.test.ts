/**
 * Authorization as a matrix over the real server actions and the real database: every
 * protected back-office action × every role (and anonymous) × own/other commune. The
 * session is the only thing stubbed (who is asking); permission checks, parsing, mutations
 * and audit rows are the real ones. An allowed action writes its audit action; a refused
 * action must change nothing. The cases are in ./authorization/core.ts, the runner in
 * ./authorization/harness.ts (shared with the other matrices).
 */
import { beforeAll, describe, it } from "vitest";
import { describeMatrix, expectRefused, fieldList, invoke, signInAs, type Role } from "./authorization/harness";

const { CASES, CRAFTED, MATRIX, fingerprint, foreignTwin, seedMatrix } = await import("./authorization/core");
type Ids = Awaited<ReturnType<typeof seedMatrix>>;

describeMatrix(MATRIX);

// Crafted requests must all be refused and change nothing (each checks the fingerprint), so one
// seeded database serves them all.
describe("crafted requests (duplicated fields, foreign ids in hidden fields, another commune's rows)", () => {
  let ids: Ids;
  beforeAll(async () => {
    ids = await seedMatrix();
  });

  // Every action, with every field sent twice (the second time with the other commune's value
  // where there is one): refused as a bad request, whoever asks, before anything is decided.
  for (const testCase of CASES) {
    const role = (testCase.allowed.includes("COMMUNE_CADRE") ? "COMMUNE_CADRE" : testCase.allowed[0]!) as Role;
    it(`${testCase.name} · ${role} · every field twice → bad request`, async () => {
      await signInAs(role);
      const twin = foreignTwin(ids);
      const fields = fieldList(testCase.form(ids));
      const doubled = [
        ...fields,
        ...fields.map(([key, value]): [string, string | File] => [key, typeof value === "string" ? (twin.get(value) ?? value) : value]),
      ];
      await expectRefused(() => invoke(testCase.action, doubled), {
        fingerprint,
        refused: { ok: false, code: "invalid", formError: "form.badRequest" },
      });
    });
  }

  for (const crafted of CRAFTED) {
    it(`crafted: ${crafted.name} · COMMUNE_CADRE → refused`, async () => {
      await signInAs("COMMUNE_CADRE");
      await expectRefused(() => invoke(crafted.action, crafted.form(ids)), {
        fingerprint,
        refused: { ok: false, formError: crafted.formError },
      });
    });
  }
});
