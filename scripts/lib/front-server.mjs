// The front server: the portal's public address, in front of Next.js on a loopback port.
//
// Public pages (/{locale}/…) are the same for every reader with the same text size (and, later,
// the same chosen commune), so they are served as plain HTML:
//   - the framework's scripts are removed: nothing on a public page needs hydrating, a first visit
//     is a few kilobytes instead of ~140 KB of JavaScript, and the page needs no inline script,
//     so its CSP allows only the portal's own script files;
//   - a rendered page is kept in memory, compressed once, for PAGE_CACHE_TTL seconds (60), keyed
//     by address and the few cookies pages may depend on; a stale page is served while one
//     request renders the new one; the portal empties the store after every change it makes
//     (POST /__portal/purge from loopback with the token given to it at start), so readers and
//     editors see what was just published.
// Everything else (back office, sign-in, API, feeds, assets, media) passes through unchanged.
import crypto from "node:crypto";
import http from "node:http";
import zlib from "node:zlib";
import { contentSecurityPolicy } from "../../lib/security/csp.mjs";
import viErrorPage from "../../locales/vi/errorPage.json" with { type: "json" };
import enErrorPage from "../../locales/en/errorPage.json" with { type: "json" };

/** Public pages: /{locale} and everything under it. */
const PUBLIC_PAGE = /^\/(?:vi|en|tyz|ium|hmn)(?:\/|$)/;
/** Public pages specific to one reader, never stored (e.g. a forum tracking page). */
export const PRIVATE_PAGES = [/^\/[a-z]{2,3}\/forum\/track(?:\/|$)/];
/** The only cookies a stored public page may depend on; no other cookie reaches Next for them. */
export const VARY_COOKIES = ["portal_text_size", "portal_commune"];

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
export const PURGE_PATH = "/__portal/purge";
/** A path under a locale that matches no route: its response is the localized not-found page. */
const NOT_FOUND_PROBE = "__not-found__";
/** Connection-level headers, which belong to one hop and are never forwarded. */
const HOP_BY_HOP = new Set(["connection", "keep-alive", "proxy-connection", "transfer-encoding", "upgrade", "te", "trailer"]);

function withoutHopByHop(headers) {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !HOP_BY_HOP.has(name.toLowerCase())));
}
const MAX_ENTRY_BYTES = 2 * 1024 * 1024;
/** Response headers kept on a stored page (security headers, type, language). */
const KEPT_HEADERS = [
  "content-type",
  "content-disposition", // downloads under /{locale}/… (e.g. /vi/data/download.csv) keep their file name
  "content-language",
  "x-content-type-options",
  "referrer-policy",
  "x-frame-options",
  "permissions-policy",
  "cross-origin-opener-policy",
];

/**
 * The page for a public request that failed on the server. Next.js answers a server error with
 * an empty shell that its JavaScript fills in, which public pages do not run; this says what
 * happened in the page's language (English or Vietnamese, the languages with these strings).
 * @param {string} locale
 */
export function serverErrorPage(locale) {
  const english = locale === "en";
  const s = english ? enErrorPage : viErrorPage;
  const escape = (text) => text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
  return `<!DOCTYPE html><html lang="${english ? "en" : "vi"}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escape(s.title)}</title></head>` +
    `<body style="font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.6"><main><h1>${escape(s.title)}</h1><p>${escape(s.body)}</p>` +
    `<p><a href="">${escape(s.retry)}</a> · <a href="/${english ? "en" : "vi"}">${escape(s.home)}</a></p></main></body></html>`;
}

/**
 * The status a page asks for with `<meta name="portal-status" content="410">`. Next.js pages can
 * only answer 200 or 404 (and 401/403); a page of an article deleted as published in error must
 * answer 410 Gone, so it says so in its HTML and the front server sends that status. Only 410 is
 * accepted (nothing else needs it yet).
 * @param {string} html
 */
export function requestedStatus(html) {
  const match = /<meta name="portal-status" content="(\d{3})"/.exec(html);
  return match && match[1] === "410" ? 410 : null;
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

function cookieValue(header, name) {
  if (!header) return "";
  for (const part of header.split(";")) {
    const index = part.indexOf("=");
    if (index > 0 && part.slice(0, index).trim() === name) return part.slice(index + 1).trim();
  }
  return "";
}

/** The cookies a public page may depend on, as a Cookie header and as part of a key. */
export function varyingCookies(header) {
  return VARY_COOKIES.map((name) => [name, cookieValue(header, name)])
    .filter(([, value]) => value)
    .map(([name, value]) => `${name}=${value}`)
    .join("; ");
}

/** An LRU of rendered pages, bounded by total bytes. */
class PageStore {
  constructor(maxBytes) {
    this.maxBytes = maxBytes;
    this.bytes = 0;
    this.entries = new Map();
  }
  get(key) {
    const entry = this.entries.get(key);
    if (entry) {
      this.entries.delete(key);
      this.entries.set(key, entry);
    }
    return entry;
  }
  set(key, entry) {
    this.delete(key);
    this.entries.set(key, entry);
    this.bytes += entry.size;
    for (const [oldest] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.delete(oldest);
    }
  }
  delete(key) {
    const entry = this.entries.get(key);
    if (entry) {
      this.bytes -= entry.size;
      this.entries.delete(key);
    }
  }
  clear() {
    this.entries.clear();
    this.bytes = 0;
  }
}

/**
 * @param {{ upstreamPort: number, ttlSeconds?: number, maxBytes?: number, trustProxy?: boolean }} options
 */
export function createFrontServer({ upstreamPort, purgeToken, ttlSeconds = 60, maxBytes = 128 * 1024 * 1024, trustProxy = false }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 128 });
  const store = new PageStore(maxBytes);
  /** Renders in flight, so that many readers of a page that is not stored cause one render. */
  const pending = new Map();
  let generation = 0;
  const publicCsp = contentSecurityPolicy(null, false);

  function forwardedHeaders(req, headers) {
    const address = req.socket.remoteAddress ?? "";
    const incoming = req.headers["x-forwarded-for"];
    return {
      ...headers,
      // Behind a trusted reverse proxy keep its chain; otherwise the socket is the client and a
      // client-sent X-Forwarded-For is not believed.
      "x-forwarded-for": trustProxy && incoming ? `${incoming}, ${address}` : address,
      "x-forwarded-proto": trustProxy ? (req.headers["x-forwarded-proto"] ?? "http") : "http",
      "x-forwarded-host": trustProxy ? (req.headers["x-forwarded-host"] ?? req.headers.host ?? "") : (req.headers.host ?? ""),
      // Without it Next.js would build absolute redirects with its own (private) port.
      "x-forwarded-port": trustProxy ? (req.headers["x-forwarded-port"] ?? String(req.socket.localPort)) : String(req.socket.localPort),
    };
  }

  function upstream(method, path, headers, body) {
    return new Promise((resolve, reject) => {
      const request = http.request({ host: "127.0.0.1", port: upstreamPort, method, path, headers, agent, timeout: 60_000 }, resolve);
      request.on("timeout", () => request.destroy(new Error("upstream timeout")));
      request.on("error", reject);
      if (body) body.pipe(request);
      else request.end();
    });
  }

  function readBody(response) {
    return new Promise((resolve, reject) => {
      const chunks = [];
      response.on("data", (chunk) => chunks.push(chunk));
      response.on("end", () => resolve(Buffer.concat(chunks)));
      response.on("error", reject);
    });
  }

  /** A buffered public-page response, stripped and compressed, ready to send or store. */
  function makeEntry(response, rawBody) {
    const isHtml = String(response.headers["content-type"] ?? "").startsWith("text/html");
    const html = isHtml ? stripFrameworkScripts(rawBody.toString("utf8")) : null;
    const identity = html !== null ? Buffer.from(html) : rawBody;
    const status = (html !== null && response.statusCode === 200 && requestedStatus(html)) || (response.statusCode ?? 200);
    const headers = {};
    for (const name of KEPT_HEADERS) if (response.headers[name] !== undefined) headers[name] = response.headers[name];
    if (isHtml) headers["content-security-policy"] = publicCsp;
    const gzip = zlib.gzipSync(identity, { level: 6 });
    const br = zlib.brotliCompressSync(identity, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } });
    return {
      status,
      headers,
      setCookie: response.headers["set-cookie"],
      location: response.headers.location,
      identity,
      gzip,
      br,
      etag: `"${crypto.createHash("sha1").update(identity).digest("base64url")}"`,
      storedAt: Date.now(),
      validUntil: html !== null ? validUntil(html) : null,
      size: identity.length + gzip.length + br.length,
      // 404s are kept too: rendering one is as costly as a page, and anyone can ask for many.
      storable: isHtml && [200, 404, 410].includes(status) && !response.headers["set-cookie"],
    };
  }

  /**
   * @param {boolean} [privatePage] a page for one reader (PRIVATE_PAGES): no cache anywhere may
   *   keep it (no-store) and search engines must not index it.
   */
  function send(req, res, entry, cacheState, privatePage = false) {
    const accept = String(req.headers["accept-encoding"] ?? "");
    const encoding = /\bbr\b/.test(accept) ? "br" : /\bgzip\b/.test(accept) ? "gzip" : "identity";
    const body = entry[encoding];
    const headers = {
      ...entry.headers,
      "cache-control": privatePage ? "private, no-store" : "private, no-cache",
      vary: "Accept-Encoding, Cookie",
      etag: entry.etag,
      "x-portal-cache": cacheState,
    };
    if (privatePage) headers["x-robots-tag"] = "noindex, nofollow";
    if (entry.location) headers.location = entry.location;
    if (entry.setCookie) headers["set-cookie"] = entry.setCookie;
    if (entry.status === 200 && String(req.headers["if-none-match"] ?? "").split(/\s*,\s*/).includes(entry.etag)) {
      res.writeHead(304, { etag: entry.etag, "cache-control": headers["cache-control"], vary: headers.vary });
      res.end();
      return;
    }
    if (encoding !== "identity") headers["content-encoding"] = encoding;
    headers["content-length"] = body.length;
    res.writeHead(entry.status, headers);
    res.end(req.method === "HEAD" ? undefined : body);
  }

  /**
   * Next.js answers notFound() from a page, and a server error, with an empty shell its
   * JavaScript fills in (vercel/next.js#62228); public pages run none. An address that matches
   * no route gets the real, localized not-found page, so a 404 uses that one; a 500 gets a plain
   * error page.
   */
  async function completePage(req, response, body) {
    if (!body.includes('id="__next_error__"')) return body;
    const locale = (req.url ?? "/").split("/")[1] ?? "vi";
    if (response.statusCode === 404) return readBody(await upstream("GET", `/${locale}/${NOT_FOUND_PROBE}`, pageHeaders(req)));
    if ((response.statusCode ?? 500) >= 500) return Buffer.from(serverErrorPage(locale));
    return body;
  }

  /** The request for a public page: only what it may depend on (address, the varying cookies). */
  function pageHeaders(req) {
    const cookies = varyingCookies(req.headers.cookie);
    return forwardedHeaders(req, {
      host: req.headers.host ?? "localhost",
      accept: "text/html",
      "accept-encoding": "identity",
      "user-agent": req.headers["user-agent"] ?? "",
      ...(cookies ? { cookie: cookies } : {}),
    });
  }

  /** Renders a public page through Next. */
  async function render(req, key) {
    const started = generation;
    const response = await upstream("GET", req.url, pageHeaders(req));
    const body = await completePage(req, response, await readBody(response));
    const entry = makeEntry(response, body);
    // A change made while this page rendered may not be in it: do not keep it.
    if (entry.storable && entry.size <= MAX_ENTRY_BYTES && started === generation) store.set(key, entry);
    return entry;
  }

  function renderOnce(req, key) {
    let promise = pending.get(key);
    if (!promise) {
      promise = render(req, key).finally(() => pending.delete(key));
      pending.set(key, promise);
    }
    return promise;
  }

  async function servePublicPage(req, res) {
    const path = req.url ?? "/";
    const key = `${path}\n${varyingCookies(req.headers.cookie)}`;
    const entry = store.get(key);
    // Past its own validity (a notice on it expired), a page is never served, not even stale.
    if (entry && entry.validUntil !== null && Date.now() >= entry.validUntil) store.delete(key);
    else if (entry) {
      const fresh = Date.now() - entry.storedAt < ttlSeconds * 1000;
      if (!fresh) renderOnce(req, key).catch(() => store.delete(key));
      send(req, res, entry, fresh ? "HIT" : "STALE");
      return;
    }
    send(req, res, await renderOnce(req, key), "MISS");
  }

  /** Anything else: streamed both ways; a public page (e.g. after a form post) still loses its scripts. */
  async function passThrough(req, res, publicPage) {
    const headers = forwardedHeaders(req, withoutHopByHop(req.headers));
    if (publicPage) headers["accept-encoding"] = "identity";
    const response = await upstream(req.method ?? "GET", req.url ?? "/", headers, SAFE_METHODS.has(req.method ?? "GET") ? null : req);
    if (publicPage && String(response.headers["content-type"] ?? "").startsWith("text/html")) {
      const entry = makeEntry(response, await completePage(req, response, await readBody(response)));
      send(req, res, entry, "BYPASS", PRIVATE_PAGES.some((pattern) => pattern.test((req.url ?? "/").split("?")[0] ?? "/")));
      return;
    }
    res.writeHead(response.statusCode ?? 502, withoutHopByHop(response.headers));
    response.pipe(res);
  }

  /** The portal's own call after a change; from loopback, with the token, nothing else. */
  function purge(req, res) {
    const loopback = ["127.0.0.1", "::1", "::ffff:127.0.0.1"].includes(req.socket.remoteAddress ?? "");
    const token = String(req.headers["x-purge-token"] ?? "");
    const valid = loopback && purgeToken && token.length === purgeToken.length &&
      crypto.timingSafeEqual(Buffer.from(token), Buffer.from(purgeToken));
    req.resume();
    if (!valid) {
      res.writeHead(404).end();
      return;
    }
    generation++;
    store.clear();
    res.writeHead(204).end();
  }

  const server = http.createServer((req, res) => {
    const pathname = (req.url ?? "/").split("?")[0] ?? "/";
    if (pathname === PURGE_PATH && req.method === "POST") return purge(req, res);
    const publicPage = PUBLIC_PAGE.test(pathname) && !req.headers.rsc && !req.headers["next-action"] && !req.headers["next-router-state-tree"];
    const storable =
      publicPage && (req.method === "GET" || req.method === "HEAD") && !PRIVATE_PAGES.some((pattern) => pattern.test(pathname));
    const work = storable ? servePublicPage(req, res) : passThrough(req, res, publicPage);
    work.catch((error) => {
      if (!res.headersSent) {
        res.writeHead(502, { "content-type": "text/plain; charset=utf-8" });
        res.end("Cổng thông tin tạm thời không trả lời. Xin thử lại sau ít phút.\nThe portal is not answering right now; please try again in a few minutes.\n");
      } else {
        res.destroy(error);
      }
    });
  });
  server.keepAliveTimeout = 65_000;
  return server;
}
