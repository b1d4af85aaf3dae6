/**
 * What a file really is, from its first bytes (never from its name or the browser's word).
 */
export type SniffedType = {
  kind: "image" | "audio" | "video" | "document";
  mime: string;
  ext: string;
};

/** How many leading bytes `sniff` needs. */
export const SNIFF_BYTES = 16;

const ascii = (head: Uint8Array, offset: number, text: string) =>
  head.length >= offset + text.length && [...text].every((c, i) => head[offset + i] === c.charCodeAt(0));

/** MPEG audio frame sync: 11 set bits, a known version and Layer III. */
function isMp3Frame(head: Uint8Array): boolean {
  if (head.length < 4 || head[0] !== 0xff) return false;
  const b1 = head[1] ?? 0;
  const b2 = head[2] ?? 0;
  const syncAndLayer3 = (b1 & 0xe0) === 0xe0 && (b1 & 0x06) === 0x02 && (b1 & 0x18) !== 0x08;
  const bitrateIndex = b2 >> 4;
  const sampleRateIndex = (b2 >> 2) & 0x03;
  return syncAndLayer3 && bitrateIndex !== 0x0f && sampleRateIndex !== 0x03;
}

/** M4A/MP4 audio: an `ftyp` box with an audio or generic MP4 brand. */
const M4A_BRANDS = ["M4A ", "M4B ", "mp42", "isom", "mp41", "iso2", "dash"];

/** MP4 brands that only video files carry (generic ones such as isom are read as M4A above). */
const MP4_VIDEO_BRANDS = ["avc1", "iso5", "iso6", "mp4v", "MSNV"];

/**
 * The generic MP4 brands (isom, mp42…) are used by audio and video alike: for a purpose that
 * takes video, such a file is a video.
 */
function asVideo(type: SniffedType, head: Uint8Array): SniffedType {
  const audioOnlyBrand = ascii(head, 8, "M4A ") || ascii(head, 8, "M4B ");
  return type.mime === "audio/mp4" && !audioOnlyBrand ? { kind: "video", mime: "video/mp4", ext: "mp4" } : type;
}

export function sniff(head: Uint8Array): SniffedType | null {
  if (head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff)
    return { kind: "image", mime: "image/jpeg", ext: "jpg" };
  if (ascii(head, 0, "\x89PNG\r\n\x1a\n")) return { kind: "image", mime: "image/png", ext: "png" };
  if (ascii(head, 0, "RIFF") && ascii(head, 8, "WEBP")) return { kind: "image", mime: "image/webp", ext: "webp" };
  if (ascii(head, 0, "ID3") || isMp3Frame(head)) return { kind: "audio", mime: "audio/mpeg", ext: "mp3" };
  if (ascii(head, 4, "ftyp") && M4A_BRANDS.some((brand) => ascii(head, 8, brand))) return { kind: "audio", mime: "audio/mp4", ext: "m4a" };
  if (ascii(head, 4, "ftyp") && MP4_VIDEO_BRANDS.some((brand) => ascii(head, 8, brand)))
    return { kind: "video", mime: "video/mp4", ext: "mp4" };
  if (ascii(head, 0, "OggS")) return { kind: "audio", mime: "audio/ogg", ext: "ogg" };
  if (ascii(head, 0, "RIFF") && ascii(head, 8, "WAVE")) return { kind: "audio", mime: "audio/wav", ext: "wav" };
  if (ascii(head, 0, "\x1a\x45\xdf\xa3")) return { kind: "video", mime: "video/webm", ext: "webm" };
  if (ascii(head, 0, "%PDF-")) return { kind: "document", mime: "application/pdf", ext: "pdf" };
  return null;
}

/** What each upload purpose accepts: kinds of file (by content) and the size limit. */
export const UPLOAD_RULES = {
  image: { mimes: ["image/jpeg", "image/png", "image/webp"], maxBytes: 5 * 1024 * 1024 },
  audio: { mimes: ["audio/mpeg", "audio/mp4", "audio/ogg"], maxBytes: 20 * 1024 * 1024 },
  // The e-library (lib/library): larger files, WAV recordings and video.
  document: { mimes: ["application/pdf"], maxBytes: 50 * 1024 * 1024 },
  libraryAudio: { mimes: ["audio/mpeg", "audio/mp4", "audio/ogg", "audio/wav"], maxBytes: 50 * 1024 * 1024 },
  video: { mimes: ["video/mp4", "video/webm"], maxBytes: 200 * 1024 * 1024 },
} as const;
export type UploadPurpose = keyof typeof UPLOAD_RULES;

/**
 * Checks a received file against a purpose. Returns the sniffed type, or the `errors` key of
 * the problem: too big, empty, or not what the purpose accepts.
 */
export function checkUpload(
  purpose: UploadPurpose,
  file: { size: number; head: Uint8Array; truncated: boolean } | null,
): { ok: true; type: SniffedType } | { ok: false; error: string } {
  if (!file || file.size === 0) return { ok: false, error: "upload.required" };
  if (file.truncated) return { ok: false, error: `upload.${purpose}TooLarge` };
  const sniffed = sniff(file.head);
  const type = sniffed && purpose === "video" ? asVideo(sniffed, file.head) : sniffed;
  const rule = UPLOAD_RULES[purpose];
  if (!type || !(rule.mimes as readonly string[]).includes(type.mime)) return { ok: false, error: `upload.${purpose}Type` };
  return { ok: true, type };
}
