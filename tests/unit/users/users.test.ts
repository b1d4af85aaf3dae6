import { describe, expect, it } from "vitest";
import { userChangeProblem } from "@/lib/users/policy";
import { ZCreateUser, ZUpdateUser, ZUserFilters } from "@/lib/users/schema";

const base = { name: "Nguyễn Văn A", email: "a@example.gov.vn", password: "Matkhau2026" };

describe("user input", () => {
  it("requires a commune for a cadre", () => {
    const result = ZCreateUser.safeParse({ ...base, role: "COMMUNE_CADRE", communeId: "" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["communeId", "commune.required"]]);
  });

  it("reports the missing commune together with other problems", () => {
    const result = ZCreateUser.safeParse({ ...base, password: "short", role: "COMMUNE_CADRE", communeId: "" });
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["password", "password.tooShort"],
      ["communeId", "commune.required"],
    ]);
  });

  it("drops a leftover commune for other roles", () => {
    expect(ZCreateUser.parse({ ...base, role: "OFFICIAL", communeId: "c1" }).communeId).toBeNull();
    expect(ZUpdateUser.parse({ id: "u1", name: "B", email: "b@x.vn", role: "COMMUNE_CADRE", communeId: "c1" }).communeId).toBe("c1");
  });

  it("refuses an unknown role and reports every bad field at once", () => {
    const result = ZCreateUser.safeParse({ name: "", email: "x", password: "1", role: "ROOT" });
    expect(result.error?.issues.map((i) => i.path.join(".")).sort()).toEqual(["email", "name", "password", "role"]);
  });

  it("turns any query string into valid filters", () => {
    expect(ZUserFilters.parse({ role: "NOPE", page: "-3", communeId: "", status: "x" })).toEqual({
      page: 1,
      q: undefined,
      role: undefined,
      communeId: undefined,
      status: undefined,
    });
    expect(ZUserFilters.parse({ q: " an ", role: "ADMIN", page: "2" })).toMatchObject({ q: "an", role: "ADMIN", page: 2 });
  });
});

describe("keeping the portal administrable", () => {
  const admin = { id: "a1", role: "ADMIN" as const, active: true };
  it("refuses to deactivate or demote oneself", () => {
    expect(userChangeProblem({ actorId: "a1", target: admin, next: { role: "ADMIN", active: false }, otherActiveAdmins: 3 })).toBe(
      "user.selfDeactivate",
    );
    expect(userChangeProblem({ actorId: "a1", target: admin, next: { role: "OFFICIAL", active: true }, otherActiveAdmins: 3 })).toBe(
      "user.selfDemote",
    );
  });

  it("refuses to remove the last active administrator", () => {
    expect(userChangeProblem({ actorId: "x", target: admin, next: { role: "OFFICIAL", active: true }, otherActiveAdmins: 0 })).toBe(
      "user.lastAdmin",
    );
    expect(userChangeProblem({ actorId: "x", target: admin, next: { role: "ADMIN", active: false }, otherActiveAdmins: 0 })).toBe(
      "user.lastAdmin",
    );
    expect(userChangeProblem({ actorId: "x", target: admin, next: { role: "OFFICIAL", active: true }, otherActiveAdmins: 1 })).toBeNull();
  });

  it("lets other changes through", () => {
    const cadre = { id: "c1", role: "COMMUNE_CADRE" as const, active: true };
    expect(
      userChangeProblem({ actorId: "a1", target: cadre, next: { role: "COMMUNE_CADRE", active: false }, otherActiveAdmins: 0 }),
    ).toBeNull();
  });
});
