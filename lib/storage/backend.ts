import type { Readable } from "node:stream";

export type StoredFileInfo = { size: number; modified: Date };

/**
 * Where media files live. The local-disk backend is the only one today; an S3-compatible one
 * implements the same four calls. Keys are relative paths ("audio/2026/11/<id>.mp3"), created
 * only by the portal, never from user input.
 */
export interface StorageBackend {
  /** Stores the stream under `key` (whole or not at all) and returns its size. */
  put(key: string, source: Readable): Promise<{ size: number }>;
  stat(key: string): Promise<StoredFileInfo | null>;
  /** The bytes of `key`, or `start`..`end` inclusive of them. */
  read(key: string, range?: { start: number; end: number }): Readable;
  delete(key: string): Promise<void>;
}

/** Keys are built by the portal; this refuses anything that could leave the storage root. */
export function assertSafeKey(key: string): void {
  if (!/^[a-z0-9][a-z0-9/_.-]*$/i.test(key) || key.includes("..") || key.includes("//")) {
    throw new Error(`Unsafe storage key: ${key}`);
  }
}
