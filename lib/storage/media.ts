import crypto from "node:crypto";
import fs from "node:fs";
import { Readable } from "node:stream";
import sharp from "sharp";
import type { Prisma } from "@/lib/generated/prisma/client";
import { storage } from "./index";
import type { SniffedType } from "./sniff";
import type { ImageVariant } from "./urls";

/** Widths of the WebP variants of an image: phones take the small one, desktops the large. */
export const IMAGE_WIDTHS = [320, 640, 1024] as const;

export type NewMediaFile = Omit<Prisma.MediaFileUncheckedCreateInput, "id" | "createdAt">;

function newKey(prefix: string): string {
  const now = new Date();
  const month = `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, "0")}`;
  return `${prefix}/${month}/${crypto.randomUUID()}`;
}

/*
 * These write the files and return the row to create; the caller creates it in the transaction
 * of the change that uses the file. Slow work (encoding) happens before that transaction, so it
 * never holds a database connection. A file whose transaction then fails stays on disk unused.
 */

/**
 * Re-encodes an image into WebP variants (never wider than the original). The original is not
 * kept: re-encoding drops EXIF data such as a phone's GPS position, and anything that is not
 * really an image fails here (sharp throws).
 */
export async function saveImageFile(input: {
  path: string;
  originalName: string;
  actorId: string | null;
  prefix?: string;
}): Promise<NewMediaFile> {
  const folder = newKey(input.prefix ?? "img");
  const source = sharp(input.path, { failOn: "error" }).rotate(); // applies the EXIF orientation
  const meta = await source.metadata();
  const fullWidth = meta.autoOrient?.width ?? meta.width ?? IMAGE_WIDTHS[0];
  const widths = [...new Set(IMAGE_WIDTHS.map((width) => Math.min(width, fullWidth)))];
  const variants: ImageVariant[] = [];
  for (const width of widths) {
    // One variant at a time, tens of kilobytes each.
    const { data, info } = await source
      .clone()
      .resize({ width, withoutEnlargement: true })
      .webp({ quality: 72 })
      .toBuffer({ resolveWithObject: true });
    const key = `${folder}/${info.width}.webp`;
    await storage().put(key, Readable.from([data]));
    variants.push({ width: info.width, height: info.height, key, size: info.size });
  }
  const largest = variants[variants.length - 1]!;
  return {
    kind: "IMAGE",
    mimeType: "image/webp",
    storageKey: folder,
    size: largest.size,
    width: largest.width,
    height: largest.height,
    variants,
    originalName: input.originalName.slice(0, 200) || null,
    createdById: input.actorId,
  };
}

/** Stores an audio file as it was uploaded (its type already checked by content). */
export async function saveAudioFile(input: {
  path: string;
  type: SniffedType;
  originalName: string;
  actorId: string | null;
}): Promise<NewMediaFile> {
  return saveFileAsIs({ ...input, prefix: "audio" });
}

const KINDS = { audio: "AUDIO", video: "VIDEO", document: "DOCUMENT", image: "IMAGE" } as const;

/**
 * Stores a file as it was uploaded (audio, video, PDF; its type already checked by content),
 * streamed from its temporary file, under `prefix` (the library's files are under "library/",
 * where the media route checks who may read them).
 */
export async function saveFileAsIs(input: {
  path: string;
  type: SniffedType;
  originalName: string;
  actorId: string | null;
  prefix: string;
}): Promise<NewMediaFile> {
  const key = `${newKey(input.prefix)}.${input.type.ext}`;
  const { size } = await storage().put(key, fs.createReadStream(input.path));
  return {
    kind: KINDS[input.type.kind],
    mimeType: input.type.mime,
    storageKey: key,
    size,
    originalName: input.originalName.slice(0, 200) || null,
    createdById: input.actorId,
  };
}
