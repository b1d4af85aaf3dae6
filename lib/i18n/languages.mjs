// The portal's languages and its private pages: one list read by the Next.js proxy (proxy.ts),
// the front server (scripts/lib/front-server.mjs, plain Node ESM, no build step) and the
// interface code (lib/i18n/config.ts, resources.ts). Adding a language is one entry here, with
// its name in its own language; nothing else lists locale codes (tests/unit/i18n/one-list.test.ts
// looks). Its types are inferred from this file (tsconfig `allowJs`), so they follow the list.
// Interface strings: Vietnamese and English are files (locales/); every other language's come
// from the translation workbench (database) and fall back to Vietnamese, and a language's name
// falls back to its autonym where locales/ does not name it.

/**
 * Interface languages in URL and switcher order. The first is the default and the fallback of
 * every other one.
 * - `code`: the URL prefix (ISO 639-1, else ISO 639-3);
 * - `autonym`: the language's name as its speakers write it (language switcher, editor tabs);
 * - `minority`: interface strings only where a real translation exists, the rest falls back;
 * - `cap`: the language tag of a CAP `<info>` block (RFC 3066; ISO 639-3 where no region fits);
 * - `intl`: the Intl locale for dates and numbers (no runtime has Tày, Dao or Hmông formats:
 *   those readers get the Vietnamese ones, which they use every day).
 */
const LIST = /** @type {const} */ ([
  { code: "vi", autonym: "Tiếng Việt", minority: false, cap: "vi-VN", intl: "vi-VN" },
  { code: "en", autonym: "English", minority: false, cap: "en-US", intl: "en-GB" },
  { code: "tyz", autonym: "Tày", minority: true, cap: "tyz", intl: "vi-VN" },
  { code: "ium", autonym: "Dao", minority: true, cap: "ium", intl: "vi-VN" },
  { code: "hmn", autonym: "Hmông", minority: true, cap: "hmn", intl: "vi-VN" },
]);

/** @typedef {(typeof LIST)[number]["code"]} LocaleCode */
/** @typedef {Extract<(typeof LIST)[number], { minority: true }>["code"]} MinorityCode */
/** @typedef {{ readonly code: LocaleCode, readonly autonym: string, readonly minority: boolean, readonly cap: string, readonly intl: string }} Language */

/** @type {readonly Language[]} */
export const LANGUAGES = Object.freeze(LIST.map((language) => Object.freeze({ ...language })));

/** @type {readonly LocaleCode[]} */
export const LOCALE_CODES = Object.freeze(LANGUAGES.map((language) => language.code));
/** @type {LocaleCode} */
export const DEFAULT_LOCALE_CODE = /** @type {LocaleCode} */ (LOCALE_CODES[0]);

/** The minority languages (translated in the workbench), in list order. @type {readonly MinorityCode[]} */
export const MINORITY_CODES = Object.freeze(
  LANGUAGES.filter((language) => language.minority).map((language) => /** @type {MinorityCode} */ (language.code)),
);

/**
 * @param {unknown} value
 * @returns {value is LocaleCode}
 */
export function isLocaleCode(value) {
  return typeof value === "string" && /** @type {readonly string[]} */ (LOCALE_CODES).includes(value);
}

/**
 * Public pages that belong to one reader (the address itself is the secret, e.g. a forum
 * tracking code): never kept by the front server or any other cache, never indexed. Paths after
 * the locale prefix; a listed path covers everything under it.
 */
/** @type {readonly string[]} */
export const PRIVATE_PAGE_PATHS = Object.freeze(["forum/track", "subscribe/confirm", "subscribe/manage", "relay"]);

/**
 * Private pages outside any locale prefix (their language comes from the record they open):
 * `u` is the short unsubscribe link of SMS messages (`/u/<code>`, lib/subscriptions/short-link.ts).
 */
export const PRIVATE_ROOT_PATHS = Object.freeze(["u"]);

/**
 * The locale a path is under (`/vi`, `/vi/…`), or null. The path must already be normalised
 * (scripts/lib/front-paths.mjs `canonicalPath`); the proxy gets Next's normalised pathname.
 * @param {string} pathname
 * @returns {LocaleCode | null}
 */
export function localeOfPath(pathname) {
  // Per request in the front server: the first segment without splitting the whole path.
  const end = pathname.indexOf("/", 1);
  const first = end === -1 ? pathname.slice(1) : pathname.slice(1, end);
  return isLocaleCode(first) ? first : null;
}

/**
 * A (normalised) path after its locale prefix, as the lists of pages here name them: "" for the
 * home page (`/vi`), "news/abc" for `/vi/news/abc`; null for a path under no locale.
 * @param {string} pathname
 * @returns {string | null}
 */
export function pagePath(pathname) {
  const locale = localeOfPath(pathname);
  return locale === null ? null : pathname.slice(locale.length + 2);
}

/**
 * Whether a (normalised) path is one reader's private page, under some locale or at the root.
 * @param {string} pathname
 */
export function isPrivatePage(pathname) {
  const rest = pagePath(pathname);
  if (rest === null) return PRIVATE_ROOT_PATHS.some((path) => pathname.startsWith(`/${path}/`));
  return PRIVATE_PAGE_PATHS.some((path) => rest === path || rest.startsWith(`${path}/`));
}

/**
 * Public pages whose content (not only the banner) depends on the commune a reader chose: the
 * notices list opens on that commune. Paths after the locale prefix, matched exactly. On every
 * other page the chosen commune changes only the notice banner, so its readers' copy is made from
 * the copy everyone else gets, with their banner put in (scripts/lib/page-variants.mjs).
 */
/** @type {readonly string[]} */
export const COMMUNE_CHOICE_PATHS = Object.freeze(["notices"]);

/**
 * Whether a (normalised) public path reads the reader's chosen commune beyond the banner.
 * @param {string} pathname
 */
export function readsCommuneChoice(pathname) {
  const rest = pagePath(pathname);
  return rest !== null && COMMUNE_CHOICE_PATHS.includes(rest);
}
