// Plain Node modules (no "server-only" guard) so the seed script can store demo media too.
import path from "node:path";
import type { StorageBackend } from "./backend";
import { localDiskBackend } from "./local-disk";

export type { StorageBackend } from "./backend";

/** The folder of uploaded media (MEDIA_DIR, default .data/uploads in the project folder). */
export function mediaRoot(): string {
  return path.resolve(process.env.MEDIA_DIR ?? ".data/uploads");
}

/** Where an upload is written while it arrives, before it is checked and stored. */
export function uploadTempDir(): string {
  // Inside the root (same disk) but never servable: keys cannot start with a dot.
  return path.join(mediaRoot(), ".incoming");
}

let backend: StorageBackend | null = null;

/** The storage backend of this deployment (local disk today). */
export function storage(): StorageBackend {
  backend ??= localDiskBackend(mediaRoot());
  return backend;
}

export { mediaUrl } from "./urls";
