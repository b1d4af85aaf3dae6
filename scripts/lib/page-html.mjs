// What the front server (scripts/lib/front-server.mjs) reads from a page Next.js rendered before
// it stores it (the status, keys and expiry a page asks for, whether its head is whole), and what
// it removes from it (the framework's scripts, those metas).

/**
 * The status a page asks for with `<meta name="portal-status" content="410">`. Next.js pages can
 * only answer 200 or 404 (and 401/403); a page of an article deleted as published in error must
 * answer 410 Gone, and a forum tracking page looked up too often 429 Too Many Requests, so they
 * say so in their HTML and the front server sends that status. Only these two are accepted.
 * @param {string} html
 */
export function requestedStatus(html) {
  const match = /<meta name="portal-status" content="(\d{3})"/.exec(html);
  const status = match ? Number(match[1]) : null;
  return status === 410 || status === 429 ? status : null;
}

/**
 * The time after which a page must not be served from the store, from the page itself:
 * `<meta name="portal-valid-until" content="<ISO time>">` (the earliest, if several). A page
 * showing a notice names the notice's expiry, so the banner never outlives the notice, even for
 * a page nobody asked for since (a stale page is otherwise served once while it re-renders).
 * @param {string} html
 * @returns {number | null} epoch milliseconds
 */
export function validUntil(html) {
  let earliest = null;
  for (const match of html.matchAll(/<meta name="portal-valid-until" content="([^"]+)"/g)) {
    const time = Date.parse(match[1]);
    if (Number.isFinite(time) && (earliest === null || time < earliest)) earliest = time;
  }
  return earliest;
}

/**
 * Whether a page's `<head>` holds what every reader, crawler and link preview reads from it:
 * a title, a description and a canonical link (a 404 or 410 page needs only its title). Next.js
 * may stream metadata after the body for browsers it does not take for bots; the scripts that
 * would move it into the head are removed here, so such a page is served once but never stored.
 * The portal asks for blocking metadata for every agent (next.config.ts, `htmlLimitedBots`);
 * this is the guard that keeps an incomplete page out of the store whatever the framework does.
 * @param {string} html
 * @param {number} status
 */
export function headIsComplete(html, status = 200) {
  const end = html.search(/<\/head>/i);
  if (end === -1) return false;
  const head = html.slice(0, end);
  if (!/<title>[^<]+<\/title>/i.test(head)) return false;
  if (status !== 200) return true;
  return /<meta\s[^>]*name="description"[^>]*content="[^"]+"/i.test(head) && /<link\s[^>]*rel="canonical"[^>]*href="[^"]+"/i.test(head);
}

/**
 * What a stored public page shows, as page keys: purged by what changed instead of everything
 * (the portal names the keys a change touches, e.g. lib/articles/page-keys.ts), and sent as the
 * Surrogate-Key header for a cache in front. From the address (home, a section list, a section's
 * pages, commune pages, search) and from the page itself:
 * `<meta name="portal-keys" content="article:…">`. An article address whose page names no
 * article (a 404 a new article may fill) is `article-missing`; every page also carries its
 * language, `locale:tyz`.
 * @param {string} path the canonical path (with its query)
 * @param {string} html
 * @param {number} [status]
 */
export function pageKeys(path, html, status = 200) {
  const [, language = "", section = "", rest = ""] = path.split("?")[0].split("/");
  const keys = new Set();
  for (const match of html.matchAll(/<meta name="portal-keys" content="([^"]*)"/g))
    for (const key of match[1].split(/\s+/)) if (key) keys.add(key);
  if (!section) keys.add("home");
  else if (section === "news" || section === "law") {
    if (!rest) keys.add(`section:${section}`);
    else if (![...keys].some((key) => key.startsWith("article:"))) keys.add("article-missing");
  } else {
    keys.add(section);
    // A section's list (e.g. `section:products`), and an item address answered 404/410 that a
    // new item may fill (`missing:products`): the portal names them (lib/*/page-keys.ts).
    if (!rest) keys.add(`section:${section}`);
    else if (status === 404 || status === 410) keys.add(`missing:${section}`);
  }
  // Everything one language's pages show (an approved translation changes only those).
  if (language) keys.add(`locale:${language}`);
  return [...keys];
}

/**
 * Removes the framework's scripts from a server-rendered page: script elements (except the
 * portal's own files under /js/ and JSON-LD data), script preloads, and the nonces that only
 * served them.
 * @param {string} html
 */
export function stripFrameworkScripts(html) {
  return html
    .replace(/<script\b([^>]*)>[\s\S]*?<\/script>/gi, (element, attributes) =>
      /\bsrc="\/js\//.test(attributes) || /\btype="application\/ld\+json"/.test(attributes) ? element : "",
    )
    .replace(/<link\b[^>]*>/gi, (element) =>
      /\brel="modulepreload"/.test(element) || (/\brel="preload"/.test(element) && /\bas="script"/.test(element)) ? "" : element,
    )
    .replace(/\snonce="[^"]*"/g, "");
}

/**
 * A page without the metadata it gives this server (`portal-keys`, `portal-valid-until`,
 * `portal-status`): read when it is stored, of no use to a reader.
 * @param {string} html
 */
export function withoutPortalMeta(html) {
  return html.replace(/<meta name="portal-(?:keys|valid-until|status)" content="[^"]*"\/?>/g, "");
}
