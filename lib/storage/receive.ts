import "server-only";
import crypto from "node:crypto";
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
  file: ReceivedFile | null;
  /** Removes the temporary file (always call it, in a `finally`). */
  discard: () => Promise<void>;
};

/**
 * Reads a multipart form (one file, a few short fields) from a request, writing the file to a
 * temporary file as it arrives: a 20 MB recording is never held in memory. Stops writing at
 * `maxBytes` (the rest of the upload is drained and the file marked `truncated`).
 */
export async function receiveUpload(request: Request, options: { maxBytes: number; tempDir: string; fileField: string }): Promise<ReceivedUpload> {
  if (!request.body) throw new Error("no request body");
  await fs.promises.mkdir(options.tempDir, { recursive: true });
  const fields: Record<string, string> = {};
  let file: ReceivedFile | null = null;
  const writes: Promise<void>[] = [];

  const parser = busboy({
    headers: Object.fromEntries(request.headers),
    limits: { files: 1, fileSize: options.maxBytes, fields: 20, fieldSize: 4096, parts: 24 },
  });
  parser.on("field", (name, value) => {
    fields[name] = value;
  });
  parser.on("file", (name, stream, info) => {
    if (name !== options.fileField || file) {
      stream.resume();
      return;
    }
    const received: ReceivedFile = {
      path: path.join(options.tempDir, `${crypto.randomUUID()}.upload`),
      size: 0,
      head: Buffer.alloc(0),
      truncated: false,
      filename: info.filename ?? "",
    };
    file = received;
    stream.on("data", (chunk: Buffer) => {
      received.size += chunk.length;
      if (received.head.length < SNIFF_BYTES) received.head = Buffer.concat([received.head, chunk.subarray(0, SNIFF_BYTES - received.head.length)]);
    });
    stream.on("limit", () => {
      received.truncated = true;
    });
    writes.push(pipeline(stream, fs.createWriteStream(received.path)));
  });

  await pipeline(Readable.fromWeb(request.body as unknown as WebReadableStream), parser);
  await Promise.all(writes);
  const kept = file as ReceivedFile | null;
  return {
    fields,
    file: kept && kept.filename === "" && kept.size === 0 ? null : kept,
    discard: async () => {
      if (kept) await fs.promises.rm(kept.path, { force: true });
    },
  };
}
