// How the front server (scripts/lib/front-server.mjs) reads an address: the path in the one
// spelling Next.js routes it by, what kind of page it is, and the portal's public address.
import { isPrivatePage, localeOfPath } from "../../lib/i18n/languages.mjs";

const UNRESERVED = /^[A-Za-z0-9\-._~]$/;
/** A path of only unreserved characters, sub-delimiters, ":", "@" and "/" (RFC 3986 pchar). */
const PLAIN_PATH = /^[A-Za-z0-9\-._~!$&'()*+,;=:@/]*$/;
const DOT_OR_EMPTY_SEGMENT = /\/\/|\/\.\.?(?:\/|$)/;

/**
 * The path as Next.js routes it, in one spelling (RFC 3986 §6.2.2 and the WHATWG URL parser
 * browsers and Next.js use): percent-encoded unreserved characters decoded (`%2e` → `.`,
 * `%7E` → `~`), other escapes in upper case, backslashes as slashes, repeated slashes as one,
 * dot segments resolved. Null for a path no browser sends (it does not start with "/").
 * @param {string} rawPath the path of the request line, without its query
 * @returns {string | null}
 */
export function canonicalPath(rawPath) {
  if (!rawPath.startsWith("/")) return null;
  // Most paths are canonical already: only characters a path may hold raw, no escape, no
  // backslash, no empty or dot segment. They skip the parser (it is per request).
  if (PLAIN_PATH.test(rawPath) && !DOT_OR_EMPTY_SEGMENT.test(rawPath)) return rawPath;
  const decoded = rawPath.replace(/%([0-9A-Fa-f]{2})/g, (escape, hex) => {
    const char = String.fromCharCode(parseInt(hex, 16));
    return UNRESERVED.test(char) ? char : escape.toUpperCase();
  });
  const slashes = decoded.replace(/\\/g, "/").replace(/\/{2,}/g, "/");
  // The URL parser resolves "." and ".." (the path now starts with exactly one slash, so it
  // cannot be read as a host) and escapes what a path may not hold raw.
  return new URL(slashes, "http://portal.invalid").pathname;
}

/**
 * Every reading of a canonical path that a router decoding more eagerly might route (an
 * encoded "/" included): a page is private when any reading of its path is.
 * @param {string} path
 */
function decodedReadings(path) {
  if (!path.includes("%")) return [path];
  try {
    const decoded = decodeURIComponent(path);
    return decoded === path ? [path] : [path, canonicalPath(decoded.startsWith("/") ? decoded : `/${decoded}`) ?? path];
  } catch {
    return [path, path.replace(/%2F/gi, "/")];
  }
}

/**
 * How the front server treats a path (already canonical): a public page under a locale, one
 * reader's private page (never stored, no-store, noindex), or anything else (passed through).
 * @param {string} path
 */
export function classifyPath(path) {
  const readings = decodedReadings(path);
  if (readings.some((reading) => isPrivatePage(reading))) return "private";
  return localeOfPath(path) ? "public" : "other";
}

/**
 * The public address from PUBLIC_URL: scheme, host (with its port) and port.
 * @param {string} publicUrl
 */
export function parsePublicUrl(publicUrl) {
  const url = new URL(publicUrl);
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error(`PUBLIC_URL must be an http(s) address: ${publicUrl}`);
  return {
    origin: url.origin,
    proto: url.protocol.slice(0, -1),
    host: url.host.toLowerCase(),
    port: url.port || (url.protocol === "https:" ? "443" : "80"),
  };
}
