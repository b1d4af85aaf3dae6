/**
 * Text from the public is kept as plain text and always rendered escaped; on top of that,
 * characters that only serve to disguise it are removed before it is stored: C0/C1 control
 * characters (tabs and line breaks stay) and the bidirectional overrides and isolates that can
 * make text read differently from how it is stored ("Trojan Source").
 */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export function cleanText(input: string): string {
  return input.normalize("NFC").replace(/\r\n?/g, "\n").replace(CONTROL, "").replace(BIDI, "").replace(/\n{4,}/g, "\n\n\n").trim();
}

/**
 * The text reduced for duplicate detection: no accents (đ → d), lower case, words only, single
 * spaces. "Xin hỏi: hộ nghèo…" and "xin hoi ho ngheo" are the same question.
 */
export function fingerprintOf(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .slice(0, 2000);
}

/** The first words of a question, for lists and titles (a question has no title of its own). */
export function excerpt(text: string, max = 140): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, "")}…`;
}
