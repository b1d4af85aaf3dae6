import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { assertSafeKey, type StorageBackend } from "./backend";

/** Files under one folder on this machine (MEDIA_DIR, default .data/uploads). */
export function localDiskBackend(root: string): StorageBackend {
  const full = (key: string) => {
    assertSafeKey(key);
    return path.join(root, key);
  };
  return {
    async put(key, source) {
      const target = full(key);
      await fs.promises.mkdir(path.dirname(target), { recursive: true });
      // Written beside the target, then renamed: a reader never sees half a file.
      const partial = `${target}.${crypto.randomUUID()}.part`;
      try {
        await pipeline(source, fs.createWriteStream(partial, { flags: "wx" }));
        await fs.promises.rename(partial, target);
      } catch (error) {
        await fs.promises.rm(partial, { force: true });
        throw error;
      }
      return { size: (await fs.promises.stat(target)).size };
    },
    async stat(key) {
      try {
        const stat = await fs.promises.stat(full(key));
        return stat.isFile() ? { size: stat.size, modified: stat.mtime } : null;
      } catch {
        return null;
      }
    },
    read(key, range) {
      return fs.createReadStream(full(key), range ? { start: range.start, end: range.end } : undefined);
    },
    async delete(key) {
      await fs.promises.rm(full(key), { force: true });
    },
  };
}
