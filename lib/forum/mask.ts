/**
 * Personal numbers a resident may type into a question, masked before it is published (the
 * moderator sees the original and can adjust the published text):
 * - Vietnamese phone numbers: mobile 0[35789]x xxx xxxx (10 digits), landline 02xx xxxx xxxx
 *   (11 digits), also written +84, (+84), 84 or 0084 instead of the leading 0;
 * - national ID numbers: the 12-digit CCCD (its first three digits a province code, 001–096)
 *   and the 9-digit CMND.
 * People write them every way: spaces (several, or no-break ones), dots, dashes of every kind,
 * slashes, brackets, fullwidth digits, glued to a word ("sdt0912…"). So the text is first read
 * in a normalised form (NFKC, every separator alike), numbers are found there as runs of digit
 * groups, and the matching span of the original text is masked.
 * What stays: dates and times (never numbers of a person), amounts of money (an ID is never
 * followed by "đồng"; a separated 12-digit amount does not start with 0), years, decision
 * numbers like 414/QĐ-TTg, and longer digit runs.
 */
export const MASK = "***";

/** Characters that may separate the digit groups of one number, once normalised. */
const SEPARATOR = /[ .\-/()+_]/;
/** Dashes, minus signs and invisible spaces NFKC leaves alone: read as "-" or " ". */
const EXTRA_SEPARATORS: Record<string, string> = {
  "\u2010": "-",
  "\u2011": "-",
  "\u2012": "-",
  "\u2013": "-",
  "\u2014": "-",
  "\u2015": "-",
  "\u2212": "-",
  "\uFE63": "-",
  "\u200B": " ",
  "\u200C": " ",
  "\u200D": " ",
  "\u2060": " ",
  "\uFEFF": " ",
  "\t": " ",
  "\n": " ",
  "\r": " ",
};
const MAX_GAP = 3;
/**
 * Dates and times: "05/03/2024", "5-3-24", "08:30", "8h30"; never a person's number. A real day
 * and month, and not the tail of a longer run ("0912.12.05.78" is a phone number).
 */
const DATE_OR_TIME =
  /(?<!\d[ .\-/]?)(?:0?[1-9]|[12]\d|3[01])([/.\-])(?:0?[1-9]|1[0-2])\1(?:\d{4}|\d{2})(?!\d)|(?<!\d)\d{1,2}[:h]\d{2}(?!\d)/g;
/** A word of money right after a number makes it an amount. */
const MONEY_AFTER = /^\s*(?:đồng|đ(?![\p{L}])|vnđ|vnd|₫|triệu|nghìn|ngàn|tỷ)/iu;

type Normalised = { text: string; start: number[]; end: number[] };

/** The text in one spelling, with where each of its characters came from in the original. */
function normalise(original: string): Normalised {
  const start: number[] = [];
  const end: number[] = [];
  let text = "";
  let index = 0;
  for (const char of original) {
    const mapped = EXTRA_SEPARATORS[char] ?? char.normalize("NFKC");
    for (let k = 0; k < mapped.length; k++) {
      start.push(index);
      end.push(index + char.length);
    }
    text += mapped;
    index += char.length;
  }
  return { text, start, end };
}

type Group = { from: number; to: number; digits: string; gapBefore: string };

/** Maximal runs of digit groups joined by short separator gaps, outside dates and times. */
function chains(text: string): Group[][] {
  const blocked = new Set<number>();
  for (const match of text.matchAll(DATE_OR_TIME)) for (let k = match.index; k < match.index + match[0].length; k++) blocked.add(k);
  const result: Group[][] = [];
  let current: Group[] = [];
  for (const match of text.matchAll(/\d+/g)) {
    const from = match.index;
    if (blocked.has(from)) {
      if (current.length) result.push(current);
      current = [];
      continue;
    }
    const previous = current.at(-1);
    const gap = previous ? text.slice(previous.to, from) : "";
    const joined = previous && gap.length <= MAX_GAP && [...gap].every((c) => SEPARATOR.test(c));
    if (!joined && current.length) {
      result.push(current);
      current = [];
    }
    // What stands right before the first group: "+", "(+", "(" belong to the number.
    const lead = /[(+]{0,2}$/.exec(text.slice(Math.max(0, from - 2), from))?.[0] ?? "";
    current.push({ from, to: from + match[0].length, digits: match[0], gapBefore: joined ? gap : lead });
  }
  if (current.length) result.push(current);
  return result;
}

function isNationalPhone(digits: string): boolean {
  return /^0[35789]\d{8}$/.test(digits) || /^02\d{9}$/.test(digits);
}

/**
 * `first`: the first digit group as written. Without "+", a country code is only read as one
 * when it stands alone ("84 912 …", "0084 912 …"), replaces the 0 of a usual first group, or
 * the number is one run: "842.000.000.000" is an amount.
 */
function isPhone(digits: string, plus: boolean, first: string, groups: number): boolean {
  // "84 912 345 678", or the 0 of "0912 345 678" replaced: "84912 345 678".
  const standsAlone = (code: string) =>
    plus ||
    groups === 1 ||
    first === code ||
    (first.startsWith(code) && first.length - code.length >= 2 && first.length - code.length <= 4);
  if (digits.startsWith("0084") && standsAlone("0084")) return isNationalPhone(`0${digits.slice(4)}`);
  if (
    digits.startsWith("84") &&
    standsAlone("84") &&
    (plus || ((digits.length === 11 || digits.length === 12) && !digits.startsWith("840")))
  ) {
    return isNationalPhone(`0${digits.slice(2)}`);
  }
  return !plus && isNationalPhone(digits);
}

function isIdNumber(digits: string, groups: number): boolean {
  if (groups === 1) return digits.length === 9 || digits.length === 12;
  // Written in groups: only with the leading 0 every CCCD and most CMND numbers have.
  const province = Number(digits.slice(0, 3));
  if (digits.length === 12) return digits.startsWith("0") && province >= 1 && province <= 96;
  return digits.length === 9 && digits.startsWith("0");
}

/** Whether groups[i..j] is one person's number; returns its span in the normalised text. */
function personalNumber(groups: Group[], i: number, j: number, text: string): { from: number; to: number } | null {
  const window = groups.slice(i, j + 1);
  if (window.length > 1 && window.some((g) => g.digits.length < 2)) return null;
  const digits = window.map((g) => g.digits).join("");
  if (digits.length < 9 || digits.length > 14) return null;
  const first = window[0]!;
  const last = window.at(-1)!;
  // The number's own lead: "+84", "(+84) …", "(0207) …" (a bracket closed right after the first group).
  const lead = i === 0 ? first.gapBefore : (/[(+]*$/.exec(first.gapBefore)?.[0] ?? "");
  const plus = lead.includes("+");
  const bracketed = lead.endsWith("(") || lead.startsWith("(");
  const ownsLead = plus || (bracketed && (window[1]?.gapBefore.startsWith(")") ?? false));
  const span = { from: first.from - (ownsLead ? lead.length : 0), to: last.to };
  // A number followed by a word of money is an amount, whatever it looks like.
  if (MONEY_AFTER.test(text.slice(last.to))) return null;
  if (isPhone(digits, plus, first.digits, window.length)) return span;
  if (!plus && isIdNumber(digits, window.length)) return span;
  return null;
}

/** The text with every phone number and ID number replaced by MASK. */
export function maskPersonalNumbers(original: string): string {
  const { text, start, end } = normalise(original);
  const spans: { from: number; to: number }[] = [];
  for (const groups of chains(text)) {
    let i = 0;
    while (i < groups.length) {
      let found: { span: { from: number; to: number }; j: number } | null = null;
      for (let j = groups.length - 1; j >= i && !found; j--) {
        const span = personalNumber(groups, i, j, text);
        if (span) found = { span, j };
      }
      if (found) {
        spans.push({ from: start[found.span.from]!, to: end[found.span.to - 1]! });
        i = found.j + 1;
      } else i++;
    }
  }
  let masked = "";
  let at = 0;
  for (const span of spans) {
    masked += original.slice(at, span.from) + MASK;
    at = span.to;
  }
  return masked + original.slice(at);
}

/** True when the text still contains something maskPersonalNumbers would mask. */
export function hasPersonalNumbers(text: string): boolean {
  return maskPersonalNumbers(text) !== text;
}
