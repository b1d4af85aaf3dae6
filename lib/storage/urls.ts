export type ImageVariant = { width: number; height: number; key: string; size: number };

/** The public address of a stored file. */
export function mediaUrl(key: string): string {
  return `/media/${key}`;
}

/**
 * `<img>` attributes for a stored image: the middle variant as `src`, every variant in
 * `srcset`, and the size in bytes of what a phone downloads (to show before it loads).
 */
export function imageSources(
  media: { variants: unknown; width: number | null; height: number | null },
  prefer: "small" | "medium" = "medium",
) {
  const variants = (Array.isArray(media.variants) ? media.variants : []) as ImageVariant[];
  if (!variants.length) return null;
  const main = variants[prefer === "small" ? 0 : Math.min(1, variants.length - 1)]!;
  return {
    src: mediaUrl(main.key),
    srcSet: variants.map((v) => `${mediaUrl(v.key)} ${v.width}w`).join(", "),
    width: main.width,
    height: main.height,
    size: main.size,
  };
}

// Built once per locale and precision: building an Intl.NumberFormat costs far more than using
// one (it was about 1% of an article page's render, which lists its audio and documents).
const sizeFormats = new Map<string, Intl.NumberFormat>();
function sizeFormat(intlLocale: string, fractionDigits: number): Intl.NumberFormat {
  const key = `${intlLocale}:${fractionDigits}`;
  let found = sizeFormats.get(key);
  if (!found) {
    found = new Intl.NumberFormat(intlLocale, { maximumFractionDigits: fractionDigits });
    sizeFormats.set(key, found);
  }
  return found;
}

/** A file size as readers know it: "850 KB", "1,2 MB" (decimal units, as phones show them). */
export function formatFileSize(bytes: number, intlLocale: string): string {
  const format = (value: number, unit: string) => `${sizeFormat(intlLocale, value < 10 ? 1 : 0).format(value)} ${unit}`;
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return format(bytes / 1000, "KB");
  return format(bytes / 1_000_000, "MB");
}

/** Short names of the audio types, for "MP3 audio file, 1.2 MB". */
export const AUDIO_TYPE_NAMES: Record<string, string> = {
  "audio/mpeg": "MP3",
  "audio/mp4": "M4A",
  "audio/ogg": "OGG",
  "audio/wav": "WAV",
  "audio/webm": "WebM",
};
