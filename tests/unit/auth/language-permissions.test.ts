import { describe, expect, it } from "vitest";
import { languageAllows } from "@/lib/auth/permissions";

const base = { communeId: null, translatesInto: [] as string[], reviewsIn: [] as string[] };

describe("translation permissions by language", () => {
  it("lets a translator suggest only into the languages on their profile", () => {
    const translator = { ...base, role: "COMMUNE_CADRE" as const, communeId: "c1", translatesInto: ["ium"] };
    expect(languageAllows(translator, "translations.suggest", "ium")).toBe(true);
    expect(languageAllows(translator, "translations.suggest", "tyz")).toBe(false);
    expect(languageAllows(translator, "translations.approve", "ium")).toBe(false);
  });

  it("lets a reviewer approve (and suggest) only in the languages they review", () => {
    const reviewer = { ...base, role: "OFFICIAL" as const, reviewsIn: ["tyz"] };
    expect(languageAllows(reviewer, "translations.approve", "tyz")).toBe(true);
    expect(languageAllows(reviewer, "translations.suggest", "tyz")).toBe(true);
    expect(languageAllows(reviewer, "translations.approve", "ium")).toBe(false);
  });

  it("gives an administrator no language by role alone", () => {
    expect(languageAllows({ ...base, role: "ADMIN" }, "translations.approve", "tyz")).toBe(false);
    expect(languageAllows(null, "translations.suggest", "tyz")).toBe(false);
  });
});
