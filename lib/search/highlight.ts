import { foldVietnamese } from "@/lib/text/slug";

export type Segment = { text: string; match: boolean };

/** The words of a query, folded ("Chính sách" → ["chinh", "sach"]). */
export function queryTerms(query: string): string[] {
  return [
    ...new Set(
      foldVietnamese(query)
        .split(/[^\p{L}\p{N}]+/u)
        .filter((term) => term.length > 0),
    ),
  ];
}

/** Each character folded on its own, so positions in the folded text are positions in the text. */
function foldByChar(text: string): string {
  return [...text].map((char) => foldVietnamese(char).charAt(0) || char).join("");
}

/**
 * Splits `text` into plain and matching parts: whole words equal to a query term, compared
 * without accents ("ho tro" marks "hỗ trợ", as the full-text search matched them). With `around`, keeps a window of about that many
 * characters around the first match (a snippet), marked with ellipses where cut.
 */
export function highlight(text: string, terms: string[], around?: number): Segment[] {
  const chars = [...text];
  const folded = foldByChar(text);
  const foldedChars = [...folded];
  const marks = new Array<boolean>(chars.length).fill(false);
  const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  for (const term of terms) {
    for (let i = 0; i + term.length <= foldedChars.length; i++) {
      if (isWordChar(foldedChars[i - 1]) || isWordChar(foldedChars[i + term.length])) continue;
      if (foldedChars.slice(i, i + term.length).join("") === term) marks.fill(true, i, i + term.length);
    }
  }
  let start = 0;
  let end = chars.length;
  if (around !== undefined && chars.length > around) {
    const first = Math.max(0, marks.indexOf(true));
    start = Math.max(0, first - Math.floor(around / 3));
    end = Math.min(chars.length, start + around);
    while (start > 0 && isWordChar(chars[start - 1])) start--; // do not cut a word
    while (end < chars.length && isWordChar(chars[end])) end++;
  }
  const segments: Segment[] = [];
  if (start > 0) segments.push({ text: "… ", match: false });
  for (let i = start; i < end; i++) {
    const last = segments[segments.length - 1];
    if (last && last.match === marks[i] && !(i === start && start > 0)) last.text += chars[i];
    else segments.push({ text: chars[i]!, match: marks[i]! });
  }
  if (end < chars.length) segments.push({ text: " …", match: false });
  return segments;
}
