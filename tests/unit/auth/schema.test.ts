import { describe, expect, it } from "vitest";
import { ZChangeOwnPassword, ZPassword, ZSignIn } from "@/lib/auth/schema";
import { safeNextPath } from "@/lib/http/safe-path";

const messages = (result: { success: boolean; error?: { issues: { message: string; path: PropertyKey[] }[] } }) =>
  result.error?.issues.map((issue) => `${issue.path.join(".")}:${issue.message}`) ?? [];

describe("sign-in input", () => {
  it("normalises the e-mail", () => {
    expect(ZSignIn.parse({ email: "  Admin@Demo.LOCAL ", password: "x" }).email).toBe("admin@demo.local");
  });

  it("names each problem with an errors key", () => {
    expect(messages(ZSignIn.safeParse({ email: "", password: "" }))).toEqual(["email:email.required", "password:password.required"]);
    expect(messages(ZSignIn.safeParse({ email: "not-an-email", password: "x" }))).toEqual(["email:email.invalid"]);
    expect(messages(ZSignIn.safeParse({}))).toEqual(["email:email.required", "password:password.required"]);
  });
});

describe("password rules", () => {
  it("accepts the demo password and rejects weak ones with a reason", () => {
    expect(ZPassword.safeParse("Demo@2026").success).toBe(true);
    expect(messages(ZPassword.safeParse("short1"))).toEqual([":password.tooShort"]);
    expect(messages(ZPassword.safeParse("onlyletters"))).toEqual([":password.weak"]);
    expect(messages(ZPassword.safeParse("12345678"))).toEqual([":password.weak"]);
    expect(ZPassword.safeParse("mật khẩu 2026").success).toBe(true);
  });

  it("asks for the new password twice", () => {
    const result = ZChangeOwnPassword.safeParse({ currentPassword: "a", newPassword: "Newpass123", confirmPassword: "Newpass124" });
    expect(messages(result)).toEqual(["confirmPassword:password.mismatch"]);
  });
});

describe("safeNextPath", () => {
  it("keeps paths on this site and refuses others", () => {
    expect(safeNextPath("/admin/users?page=2", "/admin")).toBe("/admin/users?page=2");
    expect(safeNextPath("//evil.example", "/admin")).toBe("/admin");
    expect(safeNextPath("/\\evil.example", "/admin")).toBe("/admin");
    expect(safeNextPath("https://evil.example", "/admin")).toBe("/admin");
    expect(safeNextPath(undefined, "/admin")).toBe("/admin");
  });
});
