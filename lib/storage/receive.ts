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
  /** The first file (the only one unless `maxFiles` allowed more). */
  file: ReceivedFile | null;
  /** Every non-empty file received, in order (up to `maxFiles`). */
  files: ReceivedFile[];
  /** Removes the temporary file (always call it, in a `finally`). */
  discard: () => Promise<void>;
};

/**
 * Reads a multipart form (one file, a few short fields) from a request, writing the file to a
 * temporary file as it arrives: a 20 MB recording is never held in memory. Stops writing at
 * `maxBytes` (the rest of the upload is drained and the file marked `truncated`). With `maxFiles`,
 * several files of the same field are received (a multiple file input), each with that limit.
 */
export async function receiveUpload(request: Request, options: { maxBytes: number; tempDir: string; fileField: string; maxFiles?: number }): Promise<ReceivedUpload> {
  if (!request.body) throw new Error("no request body");
  await fs.promises.mkdir(options.tempDir, { recursive: true });
  const fields: Record<string, string> = {};
  const maxFiles = options.maxFiles ?? 1;
  const received: ReceivedFile[] = [];
  const writes: Promise<void>[] = [];

  const parser = busboy({
    headers: Object.fromEntries(request.headers),
    limits: { files: maxFiles, fileSize: options.maxBytes, fields: 20, fieldSize: 4096, parts: 24 + maxFiles },
  });
  parser.on("field", (name, value) => {
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
    stream.on("data", (chunk: Buffer) => {
      one.size += chunk.length;
      if (one.head.length < SNIFF_BYTES) one.head = Buffer.concat([one.head, chunk.subarray(0, SNIFF_BYTES - one.head.length)]);
    });
    stream.on("limit", () => {
      one.truncated = true;
    });
    writes.push(pipeline(stream, fs.createWriteStream(one.path)));
  });

  await pipeline(Readable.fromWeb(request.body as unknown as WebReadableStream), parser);
  await Promise.all(writes);
  // An empty file input still sends one part, with no name and no bytes: that is "no file".
  const files = received.filter((one) => !(one.filename === "" && one.size === 0));
  return {
    fields,
    file: files[0] ?? null,
    files,
    discard: async () => {
      await Promise.all(received.map((one) => fs.promises.rm(one.path, { force: true })));
    },
  };
}
