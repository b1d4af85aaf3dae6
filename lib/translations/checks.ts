// Checks on a translation before it is saved (pure: used by the actions, the editor and tests).
// Errors refuse the save and are shown next to the field; warnings are shown and saved anyway.
import { createHash } from "node:crypto";

export type Issue = { key: string; params?: Record<string, string | number> };
export type CheckResult = { errors: Issue[]; warnings: Issue[] };

/** Every text is stored NFC-normalised, so equal words compare equal whatever the keyboard. */
export function nfc(text: string): string {
  return text.normalize("NFC");
}

/** The fingerprint of a Vietnamese source: a change of any character changes it. */
export function sourceHash(text: string): string {
  return createHash("sha256").update(nfc(text)).digest("hex").slice(0, 32);
}

const INTERPOLATION = /\{\{\s*([^{}\s,]+)[^{}]*\}\}/g;
const TAG = /<\/?(\d+|[a-z][a-z0-9]*)\s*\/?>/gi;
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

function sorted(values: Iterable<string>): string[] {
  return [...values].sort();
}

/** The `{{name}}` placeholders of a text (each name once). */
export function placeholders(text: string): string[] {
  return sorted(new Set([...text.matchAll(INTERPOLATION)].map((m) => m[1]!)));
}

/** The `<0>`, `</0>`, `<br/>` tags of a text, as a multiset. */
export function tags(text: string): string[] {
  return sorted([...text.matchAll(TAG)].map((m) => m[0].replace(/\s+/g, "").toLowerCase()));
}

/** The plural category of a key (`count_one` → "one"), or null. */
export function pluralCategory(key: string): string | null {
  return PLURAL_SUFFIX.exec(key)?.[1] ?? null;
}

/** The plural categories a language's numbers use (Intl; unknown languages: one, other). */
export function pluralCategories(locale: string): string[] {
  try {
    return new Intl.PluralRules(locale).resolvedOptions().pluralCategories as string[];
  } catch {
    return ["one", "other"];
  }
}

const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((v, i) => v === b[i]);

/**
 * An interface string against its Vietnamese source: the same placeholders and tags (refused
 * otherwise, the page would lose a number or a link), a plural form the language has, the same
 * leading and trailing spaces; much longer than the source is warned (buttons on a phone).
 */
export function checkString(input: { key: string; source: string; text: string; locale: string }): CheckResult {
  const errors: Issue[] = [];
  const warnings: Issue[] = [];
  const { source, text } = input;
  if (text.trim() === "") errors.push({ key: "translations.empty" });
  const missing = placeholders(source).filter((name) => !placeholders(text).includes(name));
  const extra = placeholders(text).filter((name) => !placeholders(source).includes(name));
  if (missing.length) errors.push({ key: "translations.placeholderMissing", params: { names: missing.map((n) => `{{${n}}}`).join(", ") } });
  if (extra.length) errors.push({ key: "translations.placeholderExtra", params: { names: extra.map((n) => `{{${n}}}`).join(", ") } });
  if (!sameList(tags(source), tags(text))) errors.push({ key: "translations.tagsDiffer", params: { tags: tags(source).join(" ") || "—" } });
  const category = pluralCategory(input.key);
  if (category && !pluralCategories(input.locale).includes(category)) {
    errors.push({ key: "translations.pluralUnused", params: { category } });
  }
  const lead = (s: string) => /^\s*/.exec(s)![0];
  const trail = (s: string) => /\s*$/.exec(s)![0];
  if (text.trim() !== "" && (lead(source) !== lead(text) || trail(source) !== trail(text))) errors.push({ key: "translations.spaces" });
  if (text.length > Math.max(source.length * 1.6, source.length + 12)) {
    warnings.push({ key: "translations.tooLong", params: { length: text.length, source: source.length } });
  }
  return { errors, warnings };
}

/** Characters of `text` outside the language's expected set (letters only; digits, spaces, punctuation pass). */
export function unexpectedCharacters(text: string, expected: string): string[] {
  if (!expected.trim()) return [];
  const allowed = new Set([...nfc(expected)].flatMap((c) => [c, c.toLowerCase(), c.toUpperCase()]));
  const found = new Set<string>();
  for (const char of nfc(text)) {
    if (!/\p{L}|\p{M}/u.test(char)) continue;
    if (!allowed.has(char)) found.add(char);
  }
  return [...found];
}

export type GlossaryEntry = { term: string; rendering: string; note?: string | null };

/** The glossary terms a Vietnamese source uses (case-insensitive, whole words). */
export function termsIn(source: string, glossary: readonly GlossaryEntry[]): GlossaryEntry[] {
  const lower = nfc(source).toLocaleLowerCase("vi");
  return glossary.filter((entry) => {
    const term = nfc(entry.term).toLocaleLowerCase("vi");
    const at = lower.indexOf(term);
    if (at < 0) return false;
    const before = lower[at - 1];
    const after = lower[at + term.length];
    return (!before || !/\p{L}/u.test(before)) && (!after || !/\p{L}/u.test(after));
  });
}

/** Warnings for the text: glossary terms of the source not rendered as approved, unexpected characters. */
export function languageWarnings(input: {
  source: string;
  text: string;
  glossary: readonly GlossaryEntry[];
  expectedChars: string;
}): Issue[] {
  const warnings: Issue[] = [];
  const text = nfc(input.text).toLocaleLowerCase("vi");
  for (const entry of termsIn(input.source, input.glossary)) {
    if (!text.includes(nfc(entry.rendering).toLocaleLowerCase("vi"))) {
      warnings.push({ key: "translations.glossaryUnused", params: { term: entry.term, rendering: entry.rendering } });
    }
  }
  const unexpected = unexpectedCharacters(input.text, input.expectedChars);
  if (unexpected.length) warnings.push({ key: "translations.unexpectedChars", params: { chars: unexpected.join(" ") } });
  return warnings;
}

/** Words to translate in a text (for the queue). */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Splits a text into paragraphs (blank-line separated), for side-by-side editing and memory. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}
