/** Text from the public is cleaned like all form text (lib/text/fields.ts). */
export { cleanText } from "@/lib/text/fields";

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
