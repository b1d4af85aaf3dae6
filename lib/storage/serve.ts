import "server-only";
import { Readable } from "node:stream";
import { storage } from "./index";

const TYPES: Record<string, string> = {
  webp: "image/webp",
  mp3: "audio/mpeg",
  m4a: "audio/mp4",
  ogg: "audio/ogg",
  wav: "audio/wav",
  mp4: "video/mp4",
  webm: "video/webm",
  pdf: "application/pdf",
};

/** Parses a single "bytes=a-b" range; null for none, "invalid" for one that cannot be served. */
export function parseRange(header: string | null, size: number): { start: number; end: number } | null | "invalid" {
  if (!header) return null;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (match[1] === "" && match[2] === "")) return null; // several ranges or nonsense: whole file
  let start: number;
  let end: number;
  if (match[1] === "") {
    start = Math.max(0, size - Number(match[2]));
    end = size - 1;
  } else {
    start = Number(match[1]);
    end = match[2] === "" ? size - 1 : Math.min(Number(match[2]), size - 1);
  }
  if (start >= size || start > end) return "invalid";
  return { start, end };
}

/**
 * A stored file as an HTTP response: its type, length and ETag; cached for a year (a key is
 * never reused, so a file at an address never changes); Range requests answered 206, so an
 * audio player can seek on a phone without downloading everything first.
 */
export async function serveStoredFile(
  request: Request,
  key: string,
  /** Restricted files (lib/library) are not kept by shared caches, nor for long by the browser. */
  options: { cacheControl?: string; downloadName?: string } = {},
): Promise<Response> {
  const ext = key.split(".").pop() ?? "";
  const type = TYPES[ext];
  const info = type
    ? await storage()
        .stat(key)
        .catch(() => null)
    : null;
  if (!type || !info) return new Response("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });

  const etag = `"${info.size.toString(36)}-${Math.floor(info.modified.getTime() / 1000).toString(36)}"`;
  const headers = new Headers({
    "content-type": type,
    "accept-ranges": "bytes",
    etag,
    "cache-control": options.cacheControl ?? "public, max-age=31536000, immutable",
    "last-modified": info.modified.toUTCString(),
  });
  if (options.downloadName) headers.set("content-disposition", `inline; filename*=UTF-8''${encodeURIComponent(options.downloadName)}`);
  if ((request.headers.get("if-none-match") ?? "").split(/\s*,\s*/).includes(etag)) return new Response(null, { status: 304, headers });

  // If-Range with another validator means the client's part is of an older file: send it whole.
  const ifRange = request.headers.get("if-range");
  const range = ifRange && ifRange !== etag ? null : parseRange(request.headers.get("range"), info.size);
  if (range === "invalid") {
    headers.set("content-range", `bytes */${info.size}`);
    return new Response(null, { status: 416, headers });
  }
  const head = request.method === "HEAD";
  const body = (part?: { start: number; end: number }) =>
    head ? null : (Readable.toWeb(storage().read(key, part)) as unknown as ReadableStream<Uint8Array>);
  if (range) {
    headers.set("content-range", `bytes ${range.start}-${range.end}/${info.size}`);
    headers.set("content-length", String(range.end - range.start + 1));
    return new Response(body(range), { status: 206, headers });
  }
  headers.set("content-length", String(info.size));
  return new Response(body(), { status: 200, headers });
}
