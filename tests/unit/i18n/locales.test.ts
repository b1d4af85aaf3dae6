import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_LOCALE, LOCALES, MINORITY_LOCALES, localeFromAcceptLanguage } from "@/lib/i18n/config";
import { getT, interfaceLanguage, missingKeys } from "@/lib/i18n/i18next";
import { LANGUAGES, LOCALE_CODES, isPrivatePage } from "@/lib/i18n/languages.mjs";
import { availableLocales, pickTranslation } from "@/lib/i18n/pick-translation";
import { NAMESPACES, resources } from "@/lib/i18n/resources";
import { switchLocalePath } from "@/lib/navigation";

function flatKeys(value: unknown, prefix = ""): string[] {
  if (value === null || typeof value !== "object") return [prefix];
  return Object.entries(value).flatMap(([key, child]) => flatKeys(child, prefix ? `${prefix}.${key}` : key));
}

describe("interface strings", () => {
  it("English has every Vietnamese key (English is complete)", () => {
    for (const ns of NAMESPACES) expect(missingKeys("en", ns), ns).toEqual([]);
  });

  it("no locale has keys that Vietnamese lacks (no orphan or misspelt keys)", () => {
    for (const locale of LOCALES) {
      for (const ns of NAMESPACES) {
        const reference = new Set(flatKeys(resources.vi[ns]));
        const extra = flatKeys(resources[locale][ns]).filter((key) => key && !reference.has(key));
        expect(extra, `${locale}/${ns}`).toEqual([]);
      }
    }
  });

  it("a key missing in Tày falls back to Vietnamese", () => {
    expect(missingKeys("tyz", "common")).toContain("nav.home");
    expect(getT("tyz", "common")("nav.home")).toBe(getT("vi", "common")("nav.home"));
    expect(getT("en", "common")("nav.home")).toBe("Home");
  });

  it("the interface language is the locale only where it is complete", () => {
    expect(interfaceLanguage("vi", NAMESPACES)).toBe("vi");
    expect(interfaceLanguage("en", NAMESPACES)).toBe("en");
    for (const locale of MINORITY_LOCALES) expect(interfaceLanguage(locale, NAMESPACES)).toBe(DEFAULT_LOCALE);
  });

  it("translation functions for different locales do not interfere", () => {
    const en = getT("en", "common");
    const vi = getT("vi", "common");
    expect([en("nav.home"), vi("nav.home"), en("nav.home")]).toEqual(["Home", "Trang chủ", "Home"]);
  });
});

describe("pickTranslation (content fallback)", () => {
  const rows = [
    { locale: "vi", title: "Chính sách hỗ trợ" },
    { locale: "en", title: "Support policy" },
  ];

  it("returns the reader's language when it exists", () => {
    expect(pickTranslation(rows, "en")).toEqual({ value: rows[1], lang: "en", isFallback: false });
    expect(pickTranslation(rows, "vi")).toEqual({ value: rows[0], lang: "vi", isFallback: false });
  });

  it("falls back to Vietnamese and says so", () => {
    expect(pickTranslation(rows, "tyz")).toEqual({ value: rows[0], lang: "vi", isFallback: true });
  });

  it("returns null without a Vietnamese translation to fall back to", () => {
    expect(pickTranslation([{ locale: "en", title: "x" }], "tyz")).toBeNull();
    expect(pickTranslation([], "vi")).toBeNull();
  });

  it("lists available languages in the portal's order", () => {
    expect(availableLocales([{ locale: "hmn" }, { locale: "vi" }, { locale: "en" }], LOCALES)).toEqual(["vi", "en", "hmn"]);
  });
});

describe("locale negotiation and switching", () => {
  it("reads Accept-Language by weight", () => {
    expect(localeFromAcceptLanguage("en-US,en;q=0.9,vi;q=0.8")).toBe("en");
    expect(localeFromAcceptLanguage("fr;q=1, vi;q=0.5")).toBe("vi");
    expect(localeFromAcceptLanguage("vi;q=0.3, en;q=0.7")).toBe("en");
    expect(localeFromAcceptLanguage("fr,de")).toBeNull();
    expect(localeFromAcceptLanguage("")).toBeNull();
    expect(localeFromAcceptLanguage("en;q=0")).toBeNull();
  });

  it("keeps the page and query when switching", () => {
    expect(switchLocalePath("/vi/communes/minh-dan?x=1", "vi", "tyz")).toBe("/tyz/communes/minh-dan?x=1");
    expect(switchLocalePath("/en", "en", "vi")).toBe("/vi");
    expect(switchLocalePath("/en?page=2", "en", "hmn")).toBe("/hmn?page=2");
    expect(switchLocalePath("/login", "vi", "en")).toBe("/login");
    expect(switchLocalePath("/video", "vi", "en")).toBe("/video");
  });
});

describe("the one list of languages (lib/i18n/languages.mjs)", () => {
  it("gives each language an autonym; string files exist only for languages of the list", () => {
    for (const language of LANGUAGES) expect(language.autonym.length, language.code).toBeGreaterThan(0);
    const folders = fs.readdirSync(path.resolve("locales"));
    expect(folders).toContain("vi");
    for (const folder of folders) expect(LOCALE_CODES as readonly string[], folder).toContain(folder);
    expect(LOCALES).toEqual(LOCALE_CODES);
    expect(new Set(LOCALE_CODES).size).toBe(LOCALE_CODES.length);
  });

  it("names the private pages under every locale, and only there", () => {
    for (const code of LOCALE_CODES) {
      expect(isPrivatePage(`/${code}/forum/track`)).toBe(true);
      expect(isPrivatePage(`/${code}/forum/track/ABCD2345`)).toBe(true);
      expect(isPrivatePage(`/${code}/forum`)).toBe(false);
      expect(isPrivatePage(`/${code}/forum/tracker`)).toBe(false);
    }
    expect(isPrivatePage("/admin/forum/track")).toBe(false);
  });

  it("names the private pages outside any locale: the SMS short unsubscribe link", () => {
    expect(isPrivatePage("/u/Ab3dE5gH9k")).toBe(true);
    expect(isPrivatePage("/u")).toBe(false);
    expect(isPrivatePage("/users/x")).toBe(false);
    expect(isPrivatePage("/vi/u/Ab3dE5gH9k")).toBe(false);
  });
});
