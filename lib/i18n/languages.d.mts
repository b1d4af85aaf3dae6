// Types of languages.mjs. `LocaleCode` repeats the codes of LANGUAGES so that TypeScript knows
// them (the .mjs has no types of its own); tests/unit/i18n/locales.test.ts fails when the two
// lists differ, so adding a language is its entry there plus its code here.
export type LocaleCode = "vi" | "en" | "tyz" | "ium" | "hmn";

export type Language = {
  readonly code: LocaleCode;
  readonly autonym: string;
  readonly minority: boolean;
  readonly cap: string;
  readonly intl: string;
};
export const LANGUAGES: readonly Language[];
export const LOCALE_CODES: readonly LocaleCode[];
export const DEFAULT_LOCALE_CODE: LocaleCode;
export function isLocaleCode(value: unknown): value is LocaleCode;
export const PRIVATE_PAGE_PATHS: readonly string[];
export const PRIVATE_ROOT_PATHS: readonly string[];
export function localeOfPath(pathname: string): LocaleCode | null;
export function isPrivatePage(pathname: string): boolean;
