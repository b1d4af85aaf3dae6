// The portal's languages and its private pages: one list read by the Next.js proxy (proxy.ts),
// the front server (scripts/lib/front-server.mjs, plain Node ESM, no build step) and the
// interface code (lib/i18n/config.ts). Adding a language is one entry here plus its `locales/`
// folder; nothing else lists locale codes.

/**
 * Interface languages in URL and switcher order. The first is the default and the fallback of
 * every other one.
 * - `code`: the URL prefix and the locales/ folder (ISO 639-1, else ISO 639-3);
 * - `autonym`: the language's name as its speakers write it (language switcher, editor tabs);
 * - `minority`: interface strings only where a real translation exists, the rest falls back;
 * - `cap`: the language tag of a CAP `<info>` block (RFC 3066; ISO 639-3 where no region fits);
 * - `intl`: the Intl locale for dates and numbers (no runtime has Tày, Dao or Hmông formats:
 *   those readers get the Vietnamese ones, which they use every day).
 */
export const LANGUAGES = Object.freeze([
  Object.freeze({ code: "vi", autonym: "Tiếng Việt", minority: false, cap: "vi-VN", intl: "vi-VN" }),
  Object.freeze({ code: "en", autonym: "English", minority: false, cap: "en-US", intl: "en-GB" }),
  Object.freeze({ code: "tyz", autonym: "Tày", minority: true, cap: "tyz", intl: "vi-VN" }),
  Object.freeze({ code: "ium", autonym: "Dao", minority: true, cap: "ium", intl: "vi-VN" }),
  Object.freeze({ code: "hmn", autonym: "Hmông", minority: true, cap: "hmn", intl: "vi-VN" }),
]);

export const LOCALE_CODES = Object.freeze(LANGUAGES.map((language) => language.code));
export const DEFAULT_LOCALE_CODE = LOCALE_CODES[0];

/** @param {unknown} value */
export function isLocaleCode(value) {
  return typeof value === "string" && LOCALE_CODES.includes(value);
}

/**
 * Public pages that belong to one reader (the address itself is the secret, e.g. a forum
 * tracking code): never kept by the front server or any other cache, never indexed. Paths after
 * the locale prefix; a listed path covers everything under it.
 */
export const PRIVATE_PAGE_PATHS = Object.freeze(["forum/track", "subscribe/confirm", "subscribe/manage", "relay"]);

/**
 * Private pages outside any locale prefix (their language comes from the record they open):
 * `u` is the short unsubscribe link of SMS messages (`/u/<code>`, lib/subscriptions/short-link.ts).
 */
export const PRIVATE_ROOT_PATHS = Object.freeze(["u"]);

/**
 * The locale a path is under (`/vi`, `/vi/…`), or null. The path must already be normalised
 * (scripts/lib/front-server.mjs `canonicalPath`); the proxy gets Next's normalised pathname.
 * @param {string} pathname
 */
export function localeOfPath(pathname) {
  // Per request in the front server: the first segment without splitting the whole path.
  const end = pathname.indexOf("/", 1);
  const first = end === -1 ? pathname.slice(1) : pathname.slice(1, end);
  return isLocaleCode(first) ? first : null;
}

/**
 * Whether a (normalised) path is one reader's private page, under some locale or at the root.
 * @param {string} pathname
 */
export function isPrivatePage(pathname) {
  const locale = localeOfPath(pathname);
  if (!locale) return PRIVATE_ROOT_PATHS.some((path) => pathname.startsWith(`/${path}/`));
  const rest = pathname.slice(locale.length + 2);
  return PRIVATE_PAGE_PATHS.some((path) => rest === path || rest.startsWith(`${path}/`));
}
