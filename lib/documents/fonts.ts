import "server-only";
import fs from "node:fs/promises";
import path from "node:path";

/**
 * Fonts with every Vietnamese glyph for the generated PDFs: DejaVu Serif from the pinned npm
 * package `dejavu-fonts-ttf` (installed with the project, never a system folder). Read once.
 */
const FILES = { regular: "DejaVuSerif.ttf", bold: "DejaVuSerif-Bold.ttf", italic: "DejaVuSerif-Italic.ttf" } as const;
export type FontStyle = keyof typeof FILES;

const cache = new Map<FontStyle, Promise<Buffer>>();

export function fontBytes(style: FontStyle): Promise<Buffer> {
  let bytes = cache.get(style);
  if (!bytes) {
    bytes = fs.readFile(path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf", FILES[style]));
    cache.set(style, bytes);
  }
  return bytes;
}
