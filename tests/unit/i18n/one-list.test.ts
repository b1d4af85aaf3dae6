/**
 * "Adding a language is one entry in one list": lib/i18n/languages.mjs. Nothing else in the
 * source lists the minority codes, and with one more entry (a made-up test language) routing,
 * the front server, i18n and the lists that name languages all know it, its strings falling
 * back to Vietnamese and its name to its autonym.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { MINORITY_CODES } from "@/lib/i18n/languages.mjs";

const ROOT = path.resolve(__dirname, "../../..");
const SOURCE_DIRS = ["app", "components", "lib", "scripts", "prisma", "locales"];
// The list itself, generated code, and the demo data (which gives demo translators their languages).
const SKIP = new Set(["lib/generated", "lib/i18n/languages.mjs", "node_modules", "prisma/seed", "prisma/seed.ts"]);
const CODE = /\.(ts|tsx|mts|mjs|js)$/;

function sourceFiles(dir: string): string[] {
  if (SKIP.has(path.relative(ROOT, dir))) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return CODE.test(entry.name) && !SKIP.has(path.relative(ROOT, full)) ? [full] : [];
  });
}

describe("the one list of languages", () => {
  it("is the only source file that names two minority codes (no second list to keep in step)", () => {
    const files = [...SOURCE_DIRS.flatMap((dir) => sourceFiles(path.join(ROOT, dir))), path.join(ROOT, "proxy.ts")];
    expect(files.length).toBeGreaterThan(100);
    const offenders = files.flatMap((file) => {
      const text = fs.readFileSync(file, "utf8");
      // A code written as a string, in any quotes or as a word of a regular expression's alternation.
      const named = MINORITY_CODES.filter((code) => new RegExp(`(["'\`|(])${code}(["'\`|)])`).test(text));
      return named.length >= 2 ? [`${path.relative(ROOT, file)}: ${named.join(", ")}`] : [];
    });
    expect(offenders).toEqual([]);
  });

  describe("with one more entry", () => {
    // The real list's source with a made-up test language appended (never a real language's text).
    const source = fs.readFileSync(path.join(ROOT, "lib/i18n/languages.mjs"), "utf8");
    const extended = source.replace(
      /(\{ code: "hmn"[^\n]*\n)/,
      '$1  { code: "zzt", autonym: "Test-autonym", minority: true, cap: "zzt", intl: "vi-VN" },\n',
    );
    expect(extended).not.toBe(source);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "one-list-")), "languages.mjs");
    fs.writeFileSync(file, extended);
    afterAll(() => fs.rmSync(path.dirname(file), { recursive: true, force: true }));
    vi.doMock("@/lib/i18n/languages.mjs", () => import(/* @vite-ignore */ file));
    vi.resetModules();

    it("routes it, serves it from the front server's store, and falls back to Vietnamese strings", async () => {
      const zzt = "zzt" as never;
      const config = await import("@/lib/i18n/config");
      expect(config.LOCALES).toContain("zzt");
      expect(config.MINORITY_LOCALES).toContain("zzt");
      expect(config.LOCALE_AUTONYMS[zzt]).toBe("Test-autonym");
      expect(config.localeFromAcceptLanguage("zzt,vi;q=0.5")).toBe("zzt");
      const front = await import("@/scripts/lib/front-paths.mjs");
      expect(front.classifyPath("/zzt/news")).toBe("public");
      expect(front.classifyPath("/zzt/forum/track/ABCD2345")).toBe("private");
      const { resources } = await import("@/lib/i18n/resources");
      expect(resources[zzt]).toEqual({});
      expect((resources.vi.common.languageNames as Record<string, string>).zzt).toBe("Test-autonym");
      const { getT, interfaceFallsBack } = await import("@/lib/i18n/i18next");
      expect(getT(zzt, "common")("nav.home")).toBe(getT("vi", "common")("nav.home"));
      expect(getT("vi", "common")(`languageNames.${zzt}` as "languageNames.tyz")).toBe("Test-autonym");
      expect(interfaceFallsBack(zzt)).toBe(true);
      const { TARGET_LOCALES } = await import("@/lib/translations/sources");
      expect(TARGET_LOCALES).toContain("zzt");
      const { TRAINING_LANGUAGES } = await import("@/lib/training/catalog");
      expect(TRAINING_LANGUAGES).toContain("zzt");
      const { ITEM_LANGUAGES } = await import("@/lib/library/catalog");
      expect(ITEM_LANGUAGES).toContain("zzt");
      expect(getT("vi", "library")(`languages.${zzt}` as "languages.tyz")).toBe("Test-autonym");
    });
  });
});
