/* eslint-disable max-lines -- the request path of every public page (store, purge, headers, proxying) in one place, measured as one hot path */
// The front server: the portal's public address, in front of Next.js on a loopback port.
//
// Public pages (/{locale}/…) are the same for every reader with the same text size and chosen
// commune, so they are served as plain HTML:
//   - the framework's scripts are removed: nothing on a public page needs hydrating, a first visit
//     is a few kilobytes instead of ~140 KB of JavaScript, and the page needs no inline script,
//     so its CSP allows only the portal's own script files;
//   - a rendered page is kept in memory, compressed once, for PAGE_CACHE_TTL seconds (60), keyed
//     by its canonical address (with only the query parameters the page reads) and the two
//     cookies pages depend on, text size and commune; the copies for a text size and for a
//     commune's readers are made from the one render (scripts/lib/page-variants.mjs); a stale page is served
//     while one request renders the new one; the portal empties the store after every change it
//     makes (POST /__portal/purge from loopback with the token given to it at start), so readers
//     and editors see what was just published.
// Everything else (back office, sign-in, API, feeds, assets, media) passes through, streamed.
//
// What a visitor sends never decides what others get:
//   - the path is classified as Next.js will route it: a path that is not canonical (dot
//     segments, encoded unreserved characters, backslashes, repeated slashes) is redirected to
//     its canonical form before anything else, so `/vi/../media/x` or `/vi/./forum/track/X` are
//     never taken for a public page;
//   - a page is rendered for the store with the configured public address (PUBLIC_URL) as its
//     host, and only for a request to an accepted host; the Host a visitor sends is never part
//     of a stored page nor of its key;
//   - only an HTML page within the size limit is read into memory; anything else is streamed,
//     and compression runs on the thread pool, never on the event loop.
// Its parts beside it: front-paths.mjs (reading an address), page-html.mjs (what a rendered page
// says, and what is removed from it), page-variants.mjs (reader kinds and their copies),
// page-store.mjs (the store) and front-pages.mjs (the pages it writes itself).
import crypto from "node:crypto";
import http from "node:http";
import { PassThrough } from "node:stream";
import { promisify } from "node:util";
import zlib from "node:zlib";
import { isTrustedProxy, normaliseAddress, trustedProxies } from "../../lib/http/forwarded.mjs";
import { publicQuery } from "../../lib/http/public-query.mjs";
import { localeOfPath, readsCommuneChoice } from "../../lib/i18n/languages.mjs";
import { createLogger } from "../../lib/log/index.mjs";
import { contentSecurityPolicy } from "../../lib/security/csp.mjs";
import { FORM_LIMIT, formFieldsOf, notSentPage, serverErrorPage } from "./front-pages.mjs";
import { canonicalPath, classifyPath, parsePublicUrl } from "./front-paths.mjs";
import { headIsComplete, pageKeys, requestedStatus, stripFrameworkScripts, validUntil, withoutPortalMeta } from "./page-html.mjs";
import { PageStore } from "./page-store.mjs";
import { bannerRegion, readerKey, readerOf, withBanner, withTextSize } from "./page-variants.mjs";

const gzip = promisify(zlib.gzip);
const brotli = promisify(zlib.brotliCompress);

/**
 * At most this many communes' banners remembered, all languages: a province has about a hundred
 * communes, in five languages; a banner is a few kilobytes.
 */
const BANNERS_MAX = 2_000;

/** An answer slower than this is logged as a warning. */
const SLOW_MS = 1000;

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
export const PURGE_PATH = "/__portal/purge";
/** A path under a locale that matches no route: its response is the localized not-found page. */
const NOT_FOUND_PROBE = "__not-found__";
/** Connection-level headers, which belong to one hop and are never forwarded. */
const HOP_BY_HOP = new Set(["connection", "keep-alive", "proxy-connection", "transfer-encoding", "upgrade", "te", "trailer"]);
/**
 * Request headers only the portal itself may set (the proxy passes the locale, path and nonce
 * to pages in them; Next.js uses x-middleware-subrequest internally): a client's are dropped.
 */
const INTERNAL_REQUEST_HEADER = /^(?:x-portal-|x-nonce$|x-middleware-|x-invoke-|x-now-route-matches$)/i;

function withoutHopByHop(headers) {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !HOP_BY_HOP.has(name.toLowerCase())));
}
function clientHeaders(headers) {
  return Object.fromEntries(Object.entries(withoutHopByHop(headers)).filter(([name]) => !INTERNAL_REQUEST_HEADER.test(name)));
}
/** The largest page read into memory (and stored); anything larger is streamed through. */
export const MAX_ENTRY_BYTES = 2 * 1024 * 1024;
/** Response headers kept on a stored page (security headers, type, language). */
const KEPT_HEADERS = [
  "content-type",
  "content-language",
  "x-content-type-options",
  "referrer-policy",
  "x-frame-options",
  "permissions-policy",
  "cross-origin-opener-policy",
];

const sha1 = (text) => crypto.createHash("sha1").update(text).digest("base64url");

/**
 * A page compressed on the thread pool, as it is sent and stored.
 * @param {"gzip" | "br"} encoding
 * @param {Buffer} identity
 */
function compress(encoding, identity) {
  return encoding === "gzip" ? gzip(identity, { level: 6 }) : brotli(identity, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } });
}

/** The encoding a reader gets: brotli when accepted, else gzip, else none. */
function encodingFor(req) {
  const accept = String(req.headers["accept-encoding"] ?? "");
  return /\bbr\b/.test(accept) ? "br" : /\bgzip\b/.test(accept) ? "gzip" : "identity";
}

/** A page key that names a banner (lib/notices/page-keys.ts, bannerPageKeys). */
const isBannerKey = (key) => key === "banner" || key.startsWith("banner:");

/**
 * Reads a response into memory only while it stays within `limit` bytes. When it grows past,
 * the stream is paused and what was read is handed back with it, to be streamed on.
 * @param {http.IncomingMessage} response
 * @param {number} limit
 * @returns {Promise<{ complete: boolean, chunks: Buffer[] }>}
 */
function readWithin(response, limit) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    const onData = (chunk) => {
      chunks.push(chunk);
      size += chunk.length;
      if (size > limit) {
        response.pause();
        response.off("data", onData);
        response.off("end", onEnd);
        response.off("error", reject);
        resolve({ complete: false, chunks });
      }
    };
    const onEnd = () => resolve({ complete: true, chunks });
    response.on("data", onData);
    response.once("end", onEnd);
    response.once("error", reject);
  });
}

/**
 * @param {{
 *   upstreamPort: number, purgeToken?: string, ttlSeconds?: number, maxBytes?: number,
 *   publicUrl?: string, allowedHosts?: string[], trustProxy?: boolean, trustedProxies?: string,
 * }} options
 *   publicUrl: the portal's public address (PUBLIC_URL); stored pages are rendered for it.
 *   allowedHosts: other host[:port] names readers may use (e.g. an intranet IP address); a
 *     request for any other host is answered but its page is not stored.
 *   trustProxy: a reverse proxy in front sets X-Forwarded-For/-Proto/-Host; they are believed
 *     only from a trusted proxy's address (loopback and `trustedProxies`, TRUSTED_PROXIES).
 */
export function createFrontServer({
  upstreamPort,
  purgeToken,
  ttlSeconds = 60,
  maxBytes = 128 * 1024 * 1024,
  publicUrl = "http://localhost",
  allowedHosts = [],
  trustProxy = false,
  trustedProxies: trustedList,
  logger = createLogger("front"),
}) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 128 });
  const store = new PageStore(maxBytes);
  /** Copies being made, so that many readers of a page that is not stored cause one render. */
  const pending = new Map();
  /**
   * Communes' banners: a reader's chosen commune changes a page only through the notice banner
   * (except the pages of COMMUNE_CHOICE_PATHS), so once one page has been rendered for a commune
   * its banner is known (scripts/lib/page-variants.mjs) and its readers' copy of any other page
   * is the copy for readers who chose none with that banner put in — or that very copy when the
   * two banners are the same (a commune with no notice in force, when none is province-wide).
   * One render of each page for every commune, not one per commune; forgotten when a purge names
   * what the banner shows (`banner`, `banner:<id>`, its language), when its first notice
   * expires, or after ttlSeconds. `<slug>\n<locale>` → { html, digest, keys, validUntil, communeId, at }.
   */
  const banners = new Map();
  /** Renders in flight that will teach a banner not known yet: `<slug>\n<locale>` → promise. */
  const learning = new Map();
  /** Home pages in flight rendered to learn a banner for a page stored for every reader (homeBanner). */
  const homeRenders = new Map();
  let generation = 0;
  const publicCsp = contentSecurityPolicy(null, false);
  const site = parsePublicUrl(publicUrl);
  const accepted = new Set([site.host, ...allowedHosts.map((host) => host.trim().toLowerCase()).filter(Boolean)]);
  const proxies = trustedProxies(trustedList);

  /** The host the request names, as the client sent it (lower case; a proxy's when trusted). */
  function requestHost(req, viaProxy) {
    const forwarded = viaProxy ? req.headers["x-forwarded-host"] : undefined;
    return String(forwarded ?? req.headers.host ?? "")
      .split(",")[0]
      .trim()
      .toLowerCase();
  }

  /**
   * X-Forwarded-* for Next.js. The chain a reverse proxy sent is kept only when the socket is a
   * trusted proxy; the socket's address is always appended, so the portal (lib/http/client-ip.ts)
   * finds the client as the right-most untrusted entry. `canonical`: a page rendered for the
   * store names the public address, not the one the visitor used.
   */
  function forwardedHeaders(req, headers, canonical) {
    const address = req.portalAddress;
    const viaProxy = req.portalViaProxy;
    const incoming = viaProxy ? req.headers["x-forwarded-for"] : undefined;
    const result = {
      ...headers,
      "x-forwarded-for": incoming ? `${incoming}, ${address}` : address,
      "x-request-id": req.portalRequestId ?? "",
    };
    if (canonical) {
      result.host = site.host;
      result["x-forwarded-host"] = site.host;
      result["x-forwarded-proto"] = site.proto;
      result["x-forwarded-port"] = site.port;
    } else {
      // Next.js compares a server action's Origin with this host (its CSRF check), so it is the
      // host the browser used; nothing the portal renders builds a URL from it (PUBLIC_URL does).
      result["x-forwarded-host"] = requestHost(req, viaProxy);
      result["x-forwarded-proto"] = viaProxy ? String(req.headers["x-forwarded-proto"] ?? "http") : "http";
      // Without it Next.js would build absolute redirects with its own (private) port.
      result["x-forwarded-port"] = viaProxy
        ? String(req.headers["x-forwarded-port"] ?? req.socket.localPort)
        : String(req.socket.localPort);
    }
    return result;
  }

  function upstream(method, path, headers, body) {
    return new Promise((resolve, reject) => {
      const request = http.request({ host: "127.0.0.1", port: upstreamPort, method, path, headers, agent, timeout: 60_000 }, resolve);
      request.on("timeout", () => request.destroy(new Error("upstream timeout")));
      request.on("error", reject);
      if (Buffer.isBuffer(body)) request.end(body);
      else if (body) body.pipe(request);
      else request.end();
    });
  }

  /**
   * Asks Next.js for something that may be a page. An HTML page within MAX_ENTRY_BYTES comes
   * back read (`body`); anything else (a download, a file, an oversized page) comes back as the
   * response still streaming, with what was read of it (`chunks`).
   */
  async function fetchPage(method, path, headers, body) {
    const response = await upstream(method, path, headers, body);
    // For metrics: a page Next.js rendered, or one it answered from its stored renders (app/(stored)).
    if (server.listenerCount("portal:next-page")) {
      server.emit("portal:next-page", { stored: ["HIT", "STALE"].includes(String(response.headers["x-nextjs-cache"])) });
    }
    const html = String(response.headers["content-type"] ?? "").startsWith("text/html");
    const declared = Number(response.headers["content-length"] ?? 0);
    if (!html || response.headers["content-encoding"] || declared > MAX_ENTRY_BYTES) return { response, chunks: [] };
    const { complete, chunks } = await readWithin(response, MAX_ENTRY_BYTES);
    return complete ? { response, body: Buffer.concat(chunks) } : { response, chunks };
  }

  /** Sends a response that is not kept as it came, what was already read of it first. */
  function stream(res, { response, chunks }) {
    res.writeHead(response.statusCode ?? 502, { ...withoutHopByHop(response.headers), ...ownHeaders(res) });
    for (const chunk of chunks) res.write(chunk);
    response.pipe(res);
    // The reader left: stop reading the rest from Next.js.
    res.once("close", () => {
      if (!response.complete) response.destroy();
    });
  }

  /** A public page read whole, stripped and compressed (on the thread pool), ready to send or store. */
  async function makeEntry(response, rawBody, path = "/") {
    const html = stripFrameworkScripts(rawBody.toString("utf8"));
    const status = (response.statusCode === 200 && requestedStatus(html)) || (response.statusCode ?? 200);
    const headers = {};
    for (const name of KEPT_HEADERS) if (response.headers[name] !== undefined) headers[name] = response.headers[name];
    headers["content-security-policy"] = publicCsp;
    const meta = {
      status,
      headers,
      setCookie: response.headers["set-cookie"],
      location: response.headers.location,
      storedAt: Date.now(),
      derived: false,
      // 404s are kept too: rendering one is as costly as a page, and anyone can ask for many.
      storable: [200, 404, 410].includes(status) && !response.headers["set-cookie"] && headIsComplete(html, status),
    };
    // Read, then removed: they are for this server, not for readers (nor in a reader's copy made
    // from this one, whose own keys and validity are not these).
    return entryOf(meta, withoutPortalMeta(html), pageKeys(path, html, status), validUntil(html));
  }

  /**
   * An entry for `html` (compressed on the thread pool), with what it shows (`keys`) and until
   * when; `meta` says how it answers and whether it may be stored. `eager`: both encodings made
   * now; else each when a reader first asks for it (`encode`): a copy made for another kind of
   * reader is mostly asked for in one encoding, and compressing is most of what it costs.
   */
  async function entryOf(meta, html, keys, until, eager = true) {
    const identity = Buffer.from(html);
    const [gz, br] = eager ? await Promise.all([compress("gzip", identity), compress("br", identity)]) : [null, null];
    const banner = bannerRegion(html);
    return {
      ...meta,
      // Set by a purge that changed only its banner (purgeKeys).
      bannerStale: false,
      identity,
      gzip: gz,
      br,
      etag: `"${sha1(identity)}"`,
      validUntil: until,
      keys,
      // Which banner this copy shows, to tell whether a commune's readers can have it as it is.
      bannerDigest: banner ? sha1(banner.inner) : null,
      // A page Next.js stores for every reader (app/(stored), BannerToFill in
      // components/notices/notice-banner.tsx) marks its banner's place, naming nothing: each
      // reader's banner is put in here (withReaderBanner).
      bannerToFill: banner !== null && banner.keys.length === 0,
      surrogateKey: keys.join(" "),
      size: identity.length + (gz?.length ?? 0) + (br?.length ?? 0),
    };
  }

  /** `encoding` of `entry` made if it is not yet (once, whoever asks meanwhile), its weight in the store updated. */
  async function encode(entry, encoding) {
    if (encoding === "identity" || entry[encoding]) return;
    entry.encoding ??= {};
    entry.encoding[encoding] ??= compress(encoding, entry.identity).then(
      (body) => {
        entry[encoding] = body;
        entry.size += body.length;
        if (entry.key && store.entries.get(entry.key) === entry) store.set(entry.key, entry);
      },
      (error) => {
        // Tried again by the next reader, not failed for every one.
        delete entry.encoding[encoding];
        throw error;
      },
    );
    await entry.encoding[encoding];
  }

  /**
   * A copy of `base` made for another kind of reader (its text size, its commune's banner), or
   * `base` itself with a new banner (`derived` false: it stays the page Next rendered, with only
   * the banner since changed), kept under `key` unless what it shows changed meanwhile; it goes
   * stale with `base`.
   */
  async function derive(key, base, html, keys, until, started, derived = true) {
    const meta = {
      status: base.status,
      headers: base.headers,
      setCookie: base.setCookie,
      location: base.location,
      storedAt: base.storedAt,
      derived,
      storable: base.storable,
    };
    const entry = await entryOf(meta, html, keys, until, false);
    entry.key = key;
    keepUnlessChanged(key, entry, started);
    return entry;
  }

  /**
   * Stores `entry` under `key` (when it may be stored at all) unless something it shows changed
   * since `started`: a change made while it was made may not be in it.
   */
  function keepUnlessChanged(key, entry, started) {
    if (key && entry.storable && entry.size <= MAX_ENTRY_BYTES && !purgedSince(started, entry.keys)) store.set(key, entry);
  }

  /**
   * A page this server stores may be kept by a shared cache in front for as long as it is kept
   * here (s-maxage, never past the page's own validity) and served stale while one request
   * renders it again; browsers revalidate every time (max-age=0, with the ETag). Anything not
   * stored here is kept by no shared cache.
   */
  function cacheControl(entry, cacheState) {
    if (!entry.storable || cacheState === "BYPASS") return "private, no-cache";
    let seconds = ttlSeconds;
    if (entry.validUntil !== null) seconds = Math.min(seconds, Math.floor((entry.validUntil - Date.now()) / 1000));
    if (seconds <= 0) return "public, max-age=0, must-revalidate";
    return `public, max-age=0, s-maxage=${seconds}, stale-while-revalidate=${seconds}`;
  }

  /**
   * @param {boolean} [privatePage] a page for one reader (PRIVATE_PAGE_PATHS): no cache anywhere
   *   may keep it (no-store) and search engines must not index it.
   * @param {string} [encoding] the reader's (encodingFor), when the caller already knows it
   */
  function send(req, res, entry, cacheState, privatePage = false, encoding = encodingFor(req)) {
    const body = entry[encoding];
    const headers = {
      ...entry.headers,
      "cache-control": privatePage ? "private, no-store" : cacheControl(entry, cacheState),
      vary: "Accept-Encoding, Cookie",
      etag: entry.etag,
      "x-portal-cache": cacheState,
      ...ownHeaders(res),
    };
    // For the log and the metrics (headers given to writeHead are not readable back).
    res.portalCache = cacheState;
    // What the page shows, for a cache in front (nginx, a CDN) that purges by key.
    // A quiet commune's reader gets the shared copy, but a cache in front keeps it as that reader's
    // (it varies on Cookie): it must go when a notice for that commune comes.
    if (!privatePage && entry.storable)
      headers["surrogate-key"] = req.portalQuietCommune ? `${entry.surrogateKey} banner:${req.portalQuietCommune}` : entry.surrogateKey;
    if (privatePage) headers["x-robots-tag"] = "noindex, nofollow";
    if (entry.location) headers.location = entry.location;
    if (entry.setCookie) headers["set-cookie"] = entry.setCookie;
    if (
      entry.status === 200 &&
      String(req.headers["if-none-match"] ?? "")
        .split(/\s*,\s*/)
        .includes(entry.etag)
    ) {
      res.writeHead(304, { etag: entry.etag, "cache-control": headers["cache-control"], vary: headers.vary, ...ownHeaders(res) });
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
   * error page. The not-found page is asked for as the page was (commune, text size).
   */
  async function completePage(req, locale, commune, size, response, body) {
    if (!body.includes('id="__next_error__"')) return body;
    if (response.statusCode === 404) {
      const probe = await fetchPage("GET", `/${locale}/${NOT_FOUND_PROBE}`, pageHeaders(req, commune, size));
      if (probe.body) return probe.body;
      probe.response.destroy();
      return body;
    }
    if ((response.statusCode ?? 500) >= 500) return Buffer.from(serverErrorPage(locale));
    return body;
  }

  /**
   * The request for a public page: only what it may depend on, the commune it is rendered for
   * (and the text size only for a page kept nowhere: for the store it is applied here,
   * scripts/lib/page-variants.mjs).
   * @param {string | null} commune
   * @param {number} [size]
   */
  function pageHeaders(req, commune, size = 0) {
    const cookie = readerKey(commune ?? "", size);
    return forwardedHeaders(
      req,
      {
        accept: "text/html",
        "accept-encoding": "identity",
        // Not the reader's: a stored page is the same whoever asked first.
        "user-agent": "portal-front-server",
        ...(cookie ? { cookie } : {}),
      },
      true,
    );
  }

  /**
   * Renders a public page through Next for readers of `commune` ("" for none): `{ entry, state }`
   * for an HTML page read whole (kept under `key` unless what it shows changed meanwhile; its
   * banner learnt), else `{ response, chunks }` still streaming. A page Next.js stores for every
   * reader comes with its banner to fill: it is given the reader's (withReaderBanner), unless
   * `asRendered`.
   */
  async function render(req, address, locale, commune, key, size = 0, asRendered = false) {
    const started = generation;
    const fetched = await fetchPage("GET", address, pageHeaders(req, commune, size));
    if (!fetched.body) return fetched;
    const body = await completePage(req, locale, commune, size, fetched.response, fetched.body);
    const entry = await makeEntry(fetched.response, body, address);
    if (!asRendered && entry.bannerToFill) return withReaderBanner(req, locale, commune, key, entry, started);
    keepUnlessChanged(key, entry, started);
    if (key && entry.storable && entry.status === 200) learnBanner(commune, locale, entry, started);
    return { entry, state: "MISS" };
  }

  /**
   * A page stored for every reader, made `commune`'s readers' copy ("" for none): their banner
   * put in — known, or learnt from the home page rendered for them (it reads the commune) — and
   * kept under `key`. Sent with no banner at all only when even that fails (the database is
   * down), and then kept nowhere.
   */
  async function withReaderBanner(req, locale, commune, key, page, started) {
    const banner = knownBanner(commune, locale) ?? (await homeBanner(req, locale, commune, key !== null));
    if (!banner) return { entry: { ...page, storable: false }, state: "MISS", quietCommune: null };
    // The copy of readers who chose none is the page itself (rendered again when stale); a
    // commune's is made again from it.
    return { entry: await bannerCopy(key, page, banner, started, commune !== ""), state: "MISS", quietCommune: null };
  }

  /**
   * The banner of `commune`'s readers in `locale`, learnt from the home page rendered for them
   * (it reads the commune; as rendered: for a commune the portal does not know, it shows no
   * commune's banner either), the home page kept when `keep`; one render however many pages ask
   * at once. Learnt for a host pages are not stored for too: a banner does not depend on it.
   */
  function homeBanner(req, locale, commune, keep) {
    const id = `${commune}\n${locale}`;
    const inFlight = homeRenders.get(id);
    if (inFlight) return inFlight;
    const home = `/${locale}`;
    const started = generation;
    const promise = render(req, home, locale, commune, keep ? `${home}\n${readerKey(commune, 0)}` : null, 0, true).then((rendered) => {
      if (rendered.response) rendered.response.destroy();
      const page = rendered.entry?.status === 200 ? rendered.entry : null;
      // A home page kept under its key taught its banner in render(); one kept nowhere, here.
      if (page?.storable && !keep) learnBanner(commune, locale, page, started);
      const known = knownBanner(commune, locale);
      if (known) return known;
      // Not learnt (something it shows changed meanwhile): its banner for this answer only.
      const region = page && bannerRegion(page.identity.toString("utf8"));
      return region ? bannerFrom(region, locale) : null;
    });
    return whileRunning(homeRenders, id, promise);
  }

  /** Remembers the banner of `commune`'s readers ("" for none) in `locale`, from a page rendered for them. */
  function learnBanner(commune, locale, entry, started) {
    const region = bannerRegion(entry.identity.toString("utf8"));
    if (!region || purgedSince(started, region.keys)) return;
    if (banners.size >= BANNERS_MAX) banners.clear();
    banners.set(`${commune}\n${locale}`, bannerFrom(region, locale));
  }

  /** A page's banner (bannerRegion) as this server keeps and puts it into other pages in `locale`. */
  function bannerFrom(region, locale) {
    return {
      // A copy, not a slice that would keep the whole page's text alive.
      html: Buffer.from(region.html).toString("utf8"),
      digest: sha1(region.inner),
      keys: [...region.keys, `locale:${locale}`],
      validUntil: region.validUntil,
      communeId: region.keys.find((key) => key.startsWith("banner:"))?.slice("banner:".length) ?? null,
      at: Date.now(),
    };
  }

  /** The banner of `commune`'s readers in `locale`, while it holds. */
  function knownBanner(commune, locale) {
    const id = `${commune}\n${locale}`;
    const known = banners.get(id);
    if (!known) return null;
    const now = Date.now();
    if (now - known.at < ttlSeconds * 1000 && (known.validUntil === null || now < known.validUntil)) return known;
    banners.delete(id);
    return null;
  }

  /** `promise`, registered under `id` in `map` until it settles: who arrives meanwhile waits for it. */
  function whileRunning(map, id, promise) {
    map.set(id, promise);
    const done = () => map.get(id) === promise && map.delete(id);
    promise.then(done, done);
    return promise;
  }

  /** Registers a copy being made under `key`, so that readers arriving meanwhile wait for it. */
  function share(key, promise) {
    return whileRunning(pending, key, promise);
  }

  /**
   * The stored copy under `key`: fresh, or stale (a rendered copy is then served once more while
   * it renders again; a copy made from another is made again, it is cheap). Null when none may be
   * served: a page past its own validity (a notice on it expired) is never served, not even stale.
   */
  function storedCopy(req, key, address, locale, commune) {
    const entry = store.get(key);
    if (!entry) return null;
    const now = Date.now();
    if (entry.validUntil !== null && now >= entry.validUntil) {
      store.delete(key);
      return null;
    }
    // Its banner changed: made again below, with the new banner put in (or rendered).
    if (entry.bannerStale) return null;
    if (now - entry.storedAt < ttlSeconds * 1000) return { entry, state: "HIT" };
    if (entry.derived) {
      store.delete(key);
      return null;
    }
    if (!pending.has(key)) {
      share(key, render(req, address, locale, commune, key)).then(
        (result) => result.response?.destroy(),
        () => store.delete(key),
      );
    }
    return { entry, state: "STALE" };
  }

  /**
   * A public page for readers of one text size and commune: `{ entry, state, quietCommune }`
   * (state HIT, STALE, MISS or DERIVED; quietCommune: the commune whose readers are given the
   * copy of readers who chose none), `{ response, chunks }` for an answer that is not a page to
   * keep (a download, an oversized page), or `{ again: true }` when such an answer went to the
   * reader who asked first. Made, cheapest first: from the store; for a text size, from the copy
   * without it; for a commune whose banner is known, from the copy of readers who chose none with
   * the banner put in (or that copy itself when the banners are the same); else rendered.
   */
  function lookup(req, address, locale, commune, size) {
    const key = `${address}\n${readerKey(commune, size)}`;
    const stored = storedCopy(req, key, address, locale, commune);
    if (stored) return Promise.resolve(stored);
    const inFlight = pending.get(key);
    if (inFlight) return inFlight.then((result) => (result.entry ? result : { again: true }));
    return share(key, make(req, address, locale, commune, size, key));
  }

  async function make(req, address, locale, commune, size, key) {
    const started = generation;
    if (size) {
      const base = await lookup(req, address, locale, commune, 0);
      if (!base.entry) return base;
      const html = withTextSize(base.entry.identity.toString("utf8"), size);
      // Made from the copy a quiet commune's readers share: it must go when that commune's banner changes.
      const keys = base.quietCommune ? [...base.entry.keys, `banner:${base.quietCommune}`] : base.entry.keys;
      const entry = await derive(key, base.entry, html, keys, base.entry.validUntil, started);
      return { entry, state: base.state === "STALE" ? "STALE" : "DERIVED", quietCommune: null };
    }
    const old = store.get(key);
    const stale = old?.bannerStale && old.bannerDigest ? old : null;
    const composed = commune !== "" && !readsCommuneChoice(address.split("?")[0]);
    const pending = stale || composed ? bannerOf(commune, locale) : null;
    const banner = pending instanceof Promise ? await pending : pending;
    if (banner && stale) {
      // A page a purge left whole but for its banner (a notice that changes no page's own
      // content): the page Next rendered, with the banner its readers have now. No render.
      return { entry: await bannerCopy(key, stale, banner, started, false), state: "DERIVED", quietCommune: null };
    }
    if (banner && composed) {
      const base = await lookup(req, address, locale, "", 0);
      if (!base.entry) return base;
      if (base.entry.bannerDigest === banner.digest) return { ...base, quietCommune: banner.communeId };
      if (base.entry.bannerDigest) {
        const entry = await bannerCopy(key, base.entry, banner, started, true);
        return { entry, state: base.state === "STALE" ? "STALE" : "DERIVED", quietCommune: null };
      }
    }
    return learn(commune, locale, render(req, address, locale, commune, key));
  }

  /**
   * `page` with `banner` put in, kept under `key`: valid until the earlier of the two, naming what
   * both show; `derived`: a copy made for another commune's readers, else the page itself.
   */
  function bannerCopy(key, page, banner, started, derived) {
    const html = withBanner(page.identity.toString("utf8"), banner.html);
    const until = [page.validUntil, banner.validUntil].filter((time) => time !== null);
    const keys = [...new Set([...page.keys, ...banner.keys])];
    return derive(key, page, html, keys, until.length ? Math.min(...until) : null, started, derived);
  }

  /**
   * A render for `commune`'s readers in `locale` while their banner is not known: pages asked for
   * meanwhile wait for it (bannerOf) instead of each being rendered too — after a province-wide
   * notice, one render per language and commune, not one per reader asking at once.
   */
  function learn(commune, locale, promise) {
    const id = `${commune}\n${locale}`;
    if (learning.has(id) || knownBanner(commune, locale)) return promise;
    return whileRunning(learning, id, promise);
  }

  /**
   * The banner of `commune`'s readers in `locale`: known, or a promise of the one a render in
   * flight learns; else null — at once, not after a turn of the event loop: readers let go
   * together (after waiting for another render) must see the render the first of them starts,
   * not each start their own.
   */
  function bannerOf(commune, locale) {
    const known = knownBanner(commune, locale);
    if (known) return known;
    const inFlight = learning.get(`${commune}\n${locale}`);
    return inFlight ? inFlight.catch(() => null).then(() => knownBanner(commune, locale)) : null;
  }

  async function servePublicPage(req, res, address, locale, keep) {
    const { commune, size } = readerOf(req.headers.cookie);
    if (!keep) {
      // A host the portal does not store pages for: rendered by Next for this reader, kept nowhere.
      const result = await render(req, address, locale, commune, null, size);
      if (!result.entry) return stream(res, result);
      // A page Next.js stores for every reader shows no text size: put in here, as for the store.
      const sized = size
        ? await derive(
            null,
            result.entry,
            withTextSize(result.entry.identity.toString("utf8"), size),
            result.entry.keys,
            result.entry.validUntil,
            generation,
          )
        : result.entry;
      const encoding = encodingFor(req);
      await encode(sized, encoding);
      return send(req, res, sized, "BYPASS", false, encoding);
    }
    // A stored copy in the reader's encoding is sent at once: the path of nearly every answer.
    const stored = storedCopy(req, `${address}\n${readerKey(commune, size)}`, address, locale, commune);
    const encoding = encodingFor(req);
    if (stored && (encoding === "identity" || stored.entry[encoding])) return send(req, res, stored.entry, stored.state, false, encoding);
    const result = stored ?? (await lookup(req, address, locale, commune, size));
    if (result.again) return passThrough(req, res, address.split("?")[0], "public");
    if (!result.entry) return stream(res, result);
    // A cache in front keeps a quiet commune's copy as that reader's: it names their banner (send).
    req.portalQuietCommune = result.quietCommune ?? null;
    await encode(result.entry, encoding);
    send(req, res, result.entry, result.state, false, encoding);
  }

  /**
   * Anything else: streamed both ways. A public or private page (e.g. after a form post) read
   * within the limit still loses its framework scripts.
   */
  async function passThrough(req, res, path, kind) {
    const headers = forwardedHeaders(req, clientHeaders(req.headers), false);
    const page = kind !== "other";
    const body = SAFE_METHODS.has(req.method ?? "GET") ? null : req;
    if (!page) {
      const response = await upstream(req.method ?? "GET", req.url ?? "/", headers, body);
      stream(res, { response, chunks: [] });
      return;
    }
    headers["accept-encoding"] = "identity";
    const locale = localeOfPath(path) ?? "vi";
    const contentType = String(req.headers["content-type"] ?? "");
    const isForm =
      body &&
      /^(?:multipart\/form-data|application\/x-www-form-urlencoded)/i.test(contentType) &&
      !req.headers.rsc &&
      !req.headers["next-action"];
    if (!isForm) {
      const fetched = await fetchPage(req.method ?? "GET", req.url ?? "/", headers, body);
      if (!fetched.body) return stream(res, fetched);
      const entry = await makeEntry(
        fetched.response,
        await completePage(req, locale, null, readerOf(req.headers.cookie).size, fetched.response, fetched.body),
        path,
      );
      return send(req, res, entry, "BYPASS", kind === "private");
    }
    // A form sent without script (a resident's question): read it first, within FORM_LIMIT, so
    // that when the portal cannot take it the reader gets it back instead of a bare error.
    const read = await readWithin(req, FORM_LIMIT);
    let source = null;
    if (!read.complete) {
      source = new PassThrough();
      for (const chunk of read.chunks) source.write(chunk);
      req.pipe(source);
      req.resume();
    }
    const form = read.complete ? Buffer.concat(read.chunks) : null;
    const giveBack = async () => {
      const page = notSentPage(locale, req.url ?? path, contentType, await formFieldsOf(contentType, form));
      res.writeHead(503, {
        "content-type": "text/html; charset=utf-8",
        "cache-control": "no-store",
        "content-security-policy": publicCsp,
        "retry-after": "60",
        ...ownHeaders(res),
      });
      res.end(page);
    };
    let fetched;
    try {
      fetched = await fetchPage(req.method ?? "GET", req.url ?? "/", headers, source ?? form);
    } catch (error) {
      if (form) return giveBack();
      throw error;
    }
    if (form && (fetched.response.statusCode ?? 500) >= 500) {
      fetched.response.resume();
      return giveBack();
    }
    if (!fetched.body) return stream(res, fetched);
    const entry = await makeEntry(
      fetched.response,
      await completePage(req, locale, null, readerOf(req.headers.cookie).size, fetched.response, fetched.body),
      path,
    );
    send(req, res, entry, "BYPASS", kind === "private");
  }

  /**
   * The portal's own call after a change; from loopback, with the token, nothing else. A JSON
   * body `{ "keys": [...] }` purges the pages carrying one of those keys; no body, every page.
   */
  async function purge(req, res) {
    const loopback = ["127.0.0.1", "::1", "::ffff:127.0.0.1"].includes(req.socket.remoteAddress ?? "");
    const token = String(req.headers["x-purge-token"] ?? "");
    const valid =
      loopback && purgeToken && token.length === purgeToken.length && crypto.timingSafeEqual(Buffer.from(token), Buffer.from(purgeToken));
    if (!valid) {
      req.resume();
      res.writeHead(404).end();
      return;
    }
    const { complete, chunks } = await readWithin(req, 64 * 1024);
    let keys = null;
    try {
      const body = complete ? Buffer.concat(chunks).toString("utf8") : "";
      const parsed = body ? JSON.parse(body) : null;
      if (Array.isArray(parsed?.keys)) keys = parsed.keys.filter((key) => typeof key === "string");
    } catch {
      keys = null;
    }
    if (!complete) req.resume();
    if (keys) purgeKeys(keys);
    else purgeAll();
    res.writeHead(204).end();
  }

  /**
   * Purges, newest last: a render that started before one that touched its keys (or before an
   * everything purge) is not stored, it may predate the change. Only the recent ones are kept;
   * a render older than all of them is not stored either.
   */
  const purges = [];
  const PURGE_LOG = 1000;
  function logPurge(keys) {
    generation++;
    purges.push({ generation, keys: keys ? new Set(keys) : null });
    if (purges.length > PURGE_LOG) purges.shift();
  }
  function purgedSince(started, keys) {
    if (started === generation) return false;
    if (!purges.length || purges[0].generation > started + 1) return true;
    return purges.some((purge) => purge.generation > started && (purge.keys === null || keys.some((key) => purge.keys.has(key))));
  }

  /** Drops every stored page; a render in flight is not stored (it may predate the change). */
  function purgeAll() {
    logPurge(null);
    store.clear();
    banners.clear();
  }

  /** Drops the stored pages carrying one of `keys`. */
  function purgeKeys(keys) {
    logPurge(keys);
    const wanted = new Set(keys);
    for (const [id, banner] of banners) if (banner.keys.some((k) => wanted.has(k))) banners.delete(id);
    for (const [key, entry] of store.entries) {
      const matched = entry.keys.filter((k) => wanted.has(k));
      if (!matched.length) continue;
      // Only its banner changed (a notice whose pages name what else it changes): a page Next
      // rendered is kept, to get the new banner put in when next asked for, instead of a render
      // of every page. A copy made from another is made again (it is cheap).
      if (!entry.derived && entry.bannerDigest && matched.every(isBannerKey)) entry.bannerStale = true;
      else store.delete(key);
    }
  }

  /** Headers of this server on every answer (the request id; `connection: close` while draining). */
  function ownHeaders(res) {
    return res.portalHeaders ?? {};
  }

  function plain(res, status, text, extra = {}) {
    res.writeHead(status, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", ...extra, ...ownHeaders(res) });
    res.end(text);
  }

  async function handle(req, res) {
    const url = req.url ?? "/";
    const queryAt = url.indexOf("?");
    const rawPath = queryAt === -1 ? url : url.slice(0, queryAt);
    const query = queryAt === -1 ? "" : url.slice(queryAt);
    if (rawPath === PURGE_PATH && req.method === "POST") return purge(req, res);
    const path = canonicalPath(rawPath);
    if (path === null) {
      // An absolute-form or asterisk request line: not something the portal serves.
      req.resume();
      return plain(res, 400, "Bad request\n");
    }
    if (path !== rawPath) {
      // One spelling per address: the router, the page store and every check see the same path.
      req.resume();
      return plain(res, 308, `${path}${query}\n`, { location: `${path}${query}` });
    }
    const kind = classifyPath(path);
    const framework = req.headers.rsc || req.headers["next-action"] || req.headers["next-router-state-tree"];
    const read = req.method === "GET" || req.method === "HEAD";
    if (kind === "public" && !framework && read) {
      const keep = accepted.has(requestHost(req, req.portalViaProxy));
      // Only the parameters the page reads are rendered, stored and keyed (lib/http/public-query.mjs):
      // `?fbclid=…` on a shared link is the same page, not another render.
      const address = `${path}${publicQuery(path, query)}`;
      return servePublicPage(req, res, address, localeOfPath(path) ?? "vi", keep);
    }
    return passThrough(req, res, path, framework ? "other" : kind);
  }

  const server = http.createServer((req, res) => {
    // One id per request, in the answer and in what Next.js receives (its logs can name it); a
    // trusted proxy's id is kept, so one id follows the request from the edge.
    const given = String(req.headers["x-request-id"] ?? "");
    // The client's socket address and whether it is a trusted proxy: decided once per request.
    req.portalAddress = normaliseAddress(req.socket.remoteAddress ?? "");
    const viaProxy = trustProxy && isTrustedProxy(req.portalAddress, proxies);
    req.portalViaProxy = viaProxy;
    req.portalRequestId = viaProxy && /^[\w.:-]{1,64}$/.test(given) ? given : crypto.randomUUID();
    // Given to every writeHead (ownHeaders) rather than set here: a header set before writeHead
    // sends every answer down Node's slow header path, a third more CPU for a stored page.
    res.portalHeaders = draining ? { "x-request-id": req.portalRequestId, connection: "close" } : { "x-request-id": req.portalRequestId };
    const started = process.hrtime.bigint();
    res.once("finish", () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      // The read counter (scripts/lib/read-counter.mjs): a plain call, not another listener per answer.
      if (server.onAnswer) server.onAnswer(req, res);
      // For metrics (scripts/lib/metrics.mjs), when they are on.
      if (server.listenerCount("portal:request")) {
        server.emit("portal:request", { url: req.url, status: res.statusCode, seconds: ms / 1000, cache: res.portalCache });
      }
      // Every failed or slow answer is logged; every answer only at LOG_LEVEL=debug (an access log
      // line per request would cost a public page a tenth of its throughput).
      const level = res.statusCode >= 500 ? "error" : ms >= SLOW_MS ? "warn" : "debug";
      if (logger.isLevelEnabled(level)) {
        const line = {
          reqId: req.portalRequestId,
          method: req.method,
          path: (req.url ?? "").split("?")[0],
          status: res.statusCode,
          ms: Math.round(ms),
          cache: res.portalCache,
        };
        logger[level](line, level === "error" ? "request failed" : level === "warn" ? "slow answer" : "answer");
      }
    });
    handle(req, res).catch((error) => {
      logger.error({ reqId: req.portalRequestId, err: error }, "front server error");
      if (!res.headersSent) {
        res.writeHead(502, { "content-type": "text/plain; charset=utf-8", ...ownHeaders(res) });
        res.end(
          "Cổng thông tin tạm thời không trả lời. Xin thử lại sau ít phút.\nThe portal is not answering right now; please try again in a few minutes.\n",
        );
      } else {
        res.destroy(error);
      }
    });
  });
  server.keepAliveTimeout = 65_000;
  let draining = false;
  /**
   * SIGTERM: stop accepting, let the requests in flight finish (their answers close their
   * connections), close idle connections as they become idle, and resolve when none is left —
   * or, after `timeoutMs`, close what remains.
   */
  server.drain = (timeoutMs = 20_000) =>
    new Promise((resolve) => {
      draining = true;
      let done = false;
      const finish = () => {
        if (done) return;
        done = true;
        clearInterval(idle);
        clearTimeout(force);
        resolve();
      };
      const idle = setInterval(() => server.closeIdleConnections(), 100);
      const force = setTimeout(() => {
        server.closeAllConnections();
        finish();
      }, timeoutMs);
      server.close(finish);
    });
  // A change announced by another instance (scripts/lib/portal.mjs listens for it).
  /** Called once per answer, when it is sent (`(req, res) => void`); at most one. */
  server.onAnswer = null;
  server.purgeAll = purgeAll;
  server.purgeKeys = purgeKeys;
  server.storeStats = () => ({ entries: store.entries.size, bytes: store.bytes });
  return server;
}
