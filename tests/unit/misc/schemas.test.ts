import { describe, expect, it } from "vitest";
import { ZAuditFilters } from "@/lib/audit/schema";
import { ZUpdateEthnicGroup } from "@/lib/ethnic-groups/schema";
import { nextTextSize, parseTextSize } from "@/lib/preferences";
import { ZSiteSettings } from "@/lib/settings/schema";
import { foldVietnamese, slugify } from "@/lib/text/slug";
import { ZCreateVillage } from "@/lib/units/schema";
import { contentSecurityPolicy } from "@/lib/security/csp.mjs";

describe("settings", () => {
  it("turns empty fields into 'use the default'", () => {
    expect(ZSiteSettings.parse({ portalNameVi: "  ", phone: "" })).toMatchObject({ portalNameVi: null, phone: null });
  });
  it("checks phone and e-mail", () => {
    const result = ZSiteSettings.safeParse({ phone: "call me", email: "nope" });
    expect(result.error?.issues.map((i) => i.message).sort()).toEqual(["email.invalid", "phone.invalid"]);
    expect(ZSiteSettings.parse({ phone: "(0207) 3822 123" }).phone).toBe("(0207) 3822 123");
  });
});

describe("reference data", () => {
  it("ethnic-group codes are two digits or empty", () => {
    expect(ZUpdateEthnicGroup.parse({ id: "g", code: "", name: "Tày" }).code).toBeNull();
    expect(ZUpdateEthnicGroup.parse({ id: "g", code: "02", name: "Tày" }).code).toBe("02");
    expect(ZUpdateEthnicGroup.safeParse({ id: "g", code: "2", name: "Tày" }).error?.issues[0]?.message).toBe("ethnicCode.invalid");
  });
  it("unit codes are plain", () => {
    expect(ZCreateVillage.safeParse({ communeId: "c", code: "Thôn 1", name: "Thôn 1", fullName: "Thôn 1" }).error?.issues[0]?.message).toBe(
      "code.invalid",
    );
    expect(ZCreateVillage.safeParse({ communeId: "c", code: "DEMO-01-04", name: "Thôn 4", fullName: "Thôn 4" }).success).toBe(true);
  });
  it("slugs fold Vietnamese letters", () => {
    expect(foldVietnamese("Đồng bào Mường")).toBe("dong bao muong");
    expect(slugify("Sán Chay (Cao Lan – Sán Chỉ)")).toBe("san-chay-cao-lan-san-chi");
    expect(slugify("Thôn Nà Héc")).toBe("thon-na-hec");
  });
});

describe("query-string filters never fail", () => {
  it("ignores malformed dates and pages", () => {
    expect(ZAuditFilters.parse({ from: "yesterday", to: "2026-11-28", page: "abc", actorId: "" })).toEqual({
      actorId: undefined,
      entityType: undefined,
      entityId: undefined,
      from: undefined,
      to: "2026-11-28",
      page: 1,
    });
  });
});

describe("text size", () => {
  it("steps within bounds and resets", () => {
    expect(parseTextSize("2")).toBe(2);
    expect(parseTextSize("9")).toBe(0);
    expect(parseTextSize(undefined)).toBe(0);
    expect(nextTextSize(3, "larger")).toBe(3);
    expect(nextTextSize(-1, "smaller")).toBe(-1);
    expect(nextTextSize(2, "reset")).toBe(0);
    expect(nextTextSize(0, "larger")).toBe(1);
  });
});

describe("content security policy", () => {
  it("allows scripts only with the nonce and forbids framing", () => {
    const csp = contentSecurityPolicy("abc", false);
    expect(csp).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("unsafe-eval");
  });
});
