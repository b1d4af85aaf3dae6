import "server-only";
import crypto from "node:crypto";
import { once } from "node:events";
import fs from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import busboy from "busboy";
import { SNIFF_BYTES } from "./sniff";

export type ReceivedFile = {
  /** A temporary file on disk; the caller stores it and then calls `discard()`. */
  path: string;
  size: number;
  /** The first bytes, for sniffing. */
  head: Buffer;
  /** True when the file was cut at the size limit (it is too big). */
  truncated: boolean;
  filename: string;
};

export type ReceivedUpload = {
  fields: Record<string, string>;
  /** The first file (the only one unless `maxFiles` allowed more). */
  file: ReceivedFile | null;
  /** Every non-empty file received, in order (up to `maxFiles`). */
  files: ReceivedFile[];
  /** Removes the temporary file (always call it, in a `finally`). */
  discard: () => Promise<void>;
};

/**
 * A request that is not a whole, well-formed upload: cut off before its end (a dropped mobile
 * connection), not multipart, or sending a field twice. The temporary files are already gone;
 * the route answers 400 (`uploadRoute`).
 */
export class MalformedUpload extends Error {}

/**
 * Reads a multipart form (one file, a few short fields) from a request, writing the file to a
 * temporary file as it arrives: a 20 MB recording is never held in memory. Stops writing at
 * `maxBytes` (the rest of the upload is drained and the file marked `truncated`). With `maxFiles`,
 * several files of the same field are received (a multiple file input), each with that limit.
 * Every way it can fail removes what it wrote before throwing MalformedUpload.
 */
export async function receiveUpload(
  request: Request,
  options: { maxBytes: number; tempDir: string; fileField: string; maxFiles?: number },
): Promise<ReceivedUpload> {
  if (!request.body) throw new MalformedUpload("no request body");
  await fs.promises.mkdir(options.tempDir, { recursive: true });
  const fields: Record<string, string> = {};
  let repeated: string | null = null;
  const maxFiles = options.maxFiles ?? 1;
  const received: ReceivedFile[] = [];
  const streams: Readable[] = [];
  const sinks: fs.WriteStream[] = [];
  const writes: Promise<void>[] = [];
  const discard = async () => {
    await Promise.all(received.map((one) => fs.promises.rm(one.path, { force: true })));
  };

  try {
    const parser = busboy({
      headers: Object.fromEntries(request.headers),
      limits: { files: maxFiles, fileSize: options.maxBytes, fields: 20, fieldSize: 4096, parts: 24 + maxFiles },
    });
    parser.on("field", (name, value) => {
      // One value per field, as for every form (lib/http/form-fields.ts).
      if (Object.hasOwn(fields, name)) repeated ??= name;
      fields[name] = value;
    });
    parser.on("file", (name, stream, info) => {
      if (name !== options.fileField || received.length >= maxFiles) {
        stream.resume();
        return;
      }
      const one: ReceivedFile = {
        path: path.join(options.tempDir, `${crypto.randomUUID()}.upload`),
        size: 0,
        head: Buffer.alloc(0),
        truncated: false,
        filename: info.filename ?? "",
      };
      received.push(one);
      streams.push(stream);
      stream.on("data", (chunk: Buffer) => {
        one.size += chunk.length;
        if (one.head.length < SNIFF_BYTES) one.head = Buffer.concat([one.head, chunk.subarray(0, SNIFF_BYTES - one.head.length)]);
      });
      stream.on("limit", () => {
        one.truncated = true;
      });
      const sink = fs.createWriteStream(one.path);
      sinks.push(sink);
      const write = pipeline(stream, sink);
      // Awaited below; a failure here must not go unhandled before that.
      write.catch(() => {});
      writes.push(write);
    });
    await pipeline(Readable.fromWeb(request.body as unknown as WebReadableStream), parser);
    await Promise.all(writes);
  } catch (error) {
    // The body ended early or was not a form: stop every file still being written, then remove them.
    for (const stream of streams) stream.destroy();
    await Promise.allSettled(writes);
    // A file being opened when the upload broke is created once the open completes: wait for
    // every file to be closed, then remove them.
    await Promise.all(sinks.map((sink) => (sink.closed ? null : once(sink, "close").catch(() => null))));
    await discard();
    throw new MalformedUpload(error instanceof Error ? error.message : String(error));
  }
  if (repeated) {
    await discard();
    throw new MalformedUpload(`field sent twice: ${repeated}`);
  }
  // An empty file input still sends one part, with no name and no bytes: that is "no file".
  const files = received.filter((one) => !(one.filename === "" && one.size === 0));
  return { fields, file: files[0] ?? null, files, discard };
}

/**
 * Runs an upload route; a malformed upload answers 400 with a plain sentence in both interface
 * languages (the browser that sent a cut-off request rarely reads it; a script gets the status).
 */
export async function uploadRoute(work: () => Promise<Response>): Promise<Response> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof MalformedUpload)) throw error;
    return new Response(
      "Tệp gửi lên không trọn vẹn hoặc không đúng dạng; hãy gửi lại.\nThe upload was incomplete or malformed; please send it again.\n",
      {
        status: 400,
        headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
      },
    );
  }
}
