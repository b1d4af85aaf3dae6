// What differs between readers' copies of one public page, so the front server
// (scripts/lib/front-server.mjs) can make every reader's copy from one render instead of rendering
// the page again for each text size and each chosen commune:
//   - the text size changes only `data-text-size` on <html> (components/layout/document.tsx);
//   - the chosen commune changes only the notice banner, which the banner marks with a start and
//     an end (components/notices/notice-banner.tsx), the start naming what it shows (its page
//     keys) and until when (the first expiry of its notices).
// The pages that read the chosen commune themselves (lib/i18n/languages.mjs, COMMUNE_CHOICE_PATHS)
// are rendered for it as before.

import { COMMUNE_COOKIE, TEXT_SIZE_COOKIE, parseCommuneSlug, parseTextSize } from "../../lib/reader-cookies.mjs";

const BANNER_START = /<template data-portal-banner="([^"]*)"(?: data-valid-until="([^"]*)")?><\/template>/;
const BANNER_END = '<template data-portal-banner-end=""></template>';

/**
 * @typedef {{
 *   start: number,
 *   end: number,
 *   html: string,
 *   inner: string,
 *   keys: string[],
 *   validUntil: number | null,
 * }} BannerRegion
 */

/**
 * The banner of a page: where it is, its markup (markers included) and what is between the
 * markers, its page keys and its validity. Null for a page without one (or a broken one).
 * @param {string} html
 * @returns {BannerRegion | null}
 */
export function bannerRegion(html) {
  const match = BANNER_START.exec(html);
  if (!match) return null;
  const endAt = html.indexOf(BANNER_END, match.index + match[0].length);
  if (endAt === -1) return null;
  const end = endAt + BANNER_END.length;
  const until = match[2] ? Date.parse(match[2]) : NaN;
  return {
    start: match.index,
    end,
    html: html.slice(match.index, end),
    inner: html.slice(match.index + match[0].length, endAt),
    keys: match[1].split(" ").filter(Boolean),
    validUntil: Number.isFinite(until) ? until : null,
  };
}

/**
 * `html` with its banner replaced by another reader's (`region.html`, from a page in the same
 * language). Null when `html` has no banner.
 * @param {string} html
 * @param {string} regionHtml
 */
export function withBanner(html, regionHtml) {
  const own = bannerRegion(html);
  return own ? html.slice(0, own.start) + regionHtml + html.slice(own.end) : null;
}

/**
 * `html` with a reader's text size on its <html> element, as components/layout/document.tsx writes it (after
 * `lang`; none for the default size).
 * @param {string} html
 * @param {number} size a step of lib/reader-cookies.mjs parseTextSize
 */
export function withTextSize(html, size) {
  return html.replace(/<html\b([^>]*)>/i, (_tag, attributes) => {
    const others = attributes.replace(/\sdata-text-size="[^"]*"/, "");
    return `<html${others}${size ? ` data-text-size="${size}"` : ""}>`;
  });
}

function cookieValue(header, name) {
  if (!header) return "";
  for (const part of header.split(";")) {
    const index = part.indexOf("=");
    if (index > 0 && part.slice(0, index).trim() === name) return part.slice(index + 1).trim();
  }
  return "";
}

/**
 * What of a reader's cookies a public page depends on (the only cookies that reach Next.js for
 * one): the text size as a step (0 for none, or for a value the portal ignores) and the chosen
 * commune's slug ("" for none, or for a value the portal ignores), as the pages read them
 * (lib/reader-cookies.mjs), so two spellings of one choice share their copies.
 * @param {string | undefined} header the Cookie header
 */
export function readerOf(header) {
  return {
    size: parseTextSize(cookieValue(header, TEXT_SIZE_COOKIE)),
    commune: parseCommuneSlug(cookieValue(header, COMMUNE_COOKIE)) ?? "",
  };
}

/**
 * A reader kind as part of a page's key.
 * @param {string} commune
 * @param {number} size
 */
export function readerKey(commune, size) {
  if (!size) return commune ? `${COMMUNE_COOKIE}=${commune}` : "";
  return commune ? `${TEXT_SIZE_COOKIE}=${size}; ${COMMUNE_COOKIE}=${commune}` : `${TEXT_SIZE_COOKIE}=${size}`;
}
