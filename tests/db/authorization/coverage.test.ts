/**
 * Every exported server action is in an authorization matrix: this enumerates the exports of
 * every lib/**\/actions.ts that starts with "use server" and fails on any the matrices do not
 * register (an action is matched by identity, so a renamed or re-exported one still counts).
 * A new action fails here until it has its row: roles allowed and the audit action it writes.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Matrix } from "./harness";

const matrices = (
  await Promise.all([
    import("./core"),
    import("./everyday"),
    import("./dataset-release"),
    import("./reach"),
    import("./notices"),
    import("./training"),
    import("./translations"),
    import("./more"),
  ])
).map((matrix) => matrix.MATRIX as Matrix<unknown>);

/** Every lib/**\/actions.ts module whose first statement is "use server", by its path under lib. */
function serverActionModules(): string[] {
  const root = path.resolve("lib");
  return (fs.readdirSync(root, { recursive: true }) as string[])
    .filter((file) => path.basename(file) === "actions.ts")
    .filter((file) => /^\s*(\/\/[^\n]*\n|\/\*[\s\S]*?\*\/\s*)*["']use server["']/.test(fs.readFileSync(path.join(root, file), "utf8")))
    .sort();
}

const exported: { name: string; action: unknown }[] = [];
for (const file of serverActionModules()) {
  const exports = (await import(path.resolve("lib", file))) as Record<string, unknown>;
  for (const [name, value] of Object.entries(exports)) {
    if (typeof value === "function") exported.push({ name: `${path.dirname(file)}/${name}`, action: value });
  }
}
const covered = new Set<unknown>(matrices.flatMap((matrix) => matrix.cases.map((testCase) => testCase.covers ?? testCase.action)));

describe("the authorization matrices cover every exported server action", () => {
  it(`finds the server actions (${exported.length} exported)`, () => {
    expect(exported.length).toBeGreaterThan(100);
  });

  it(`every one is in a matrix (${exported.filter((one) => covered.has(one.action)).length} of ${exported.length})`, () => {
    expect(exported.filter((one) => !covered.has(one.action)).map((one) => one.name)).toEqual([]);
  });

  it("every allowed case names the audit action it writes, or says why none", () => {
    for (const matrix of matrices) {
      for (const testCase of matrix.cases) {
        if (testCase.audit === null) expect(testCase.name, `${matrix.title}: ${testCase.name}`).toMatch(/not audited/);
        else expect(testCase.audit, `${matrix.title}: ${testCase.name}`).toMatch(/^[a-zA-Z]+\.[a-zA-Z.]+$/);
      }
    }
  });
});
