/**
 * Personal numbers a resident may type into a question, masked before it is published (the
 * moderator sees the original and can adjust the published text):
 * - Vietnamese phone numbers: mobile 0[35789]x xxx xxxx (10 digits), landline 02xx xxxx xxxx
 *   (11 digits), also written +84 / 84 instead of the leading 0, with spaces, dots or dashes;
 * - national ID numbers: the 12-digit CCCD and the 9-digit CMND, contiguous, or the 12 digits
 *   in groups separated by spaces.
 * Amounts of money ("150.000.000 đồng") and years are left alone: they do not start like a phone
 * number, and an ID is never written with dots.
 */
export const MASK = "***";

/** Digit runs that may be separated by one space, dot or dash, optionally starting with +. */
const CANDIDATE = /(?<![\p{L}\p{N}+])\+?\d(?:[ .\-]?\d){7,13}(?![\p{L}\p{N}])/gu;

function isPhone(raw: string): boolean {
  const digits = raw.replace(/\D/g, "");
  if (raw.startsWith("+84") || (digits.startsWith("84") && !digits.startsWith("840") && (digits.length === 11 || digits.length === 12))) {
    const national = `0${digits.slice(2)}`;
    return isNationalPhone(national);
  }
  return !raw.startsWith("+") && isNationalPhone(digits);
}

function isNationalPhone(digits: string): boolean {
  return /^0[35789]\d{8}$/.test(digits) || /^02\d{9}$/.test(digits);
}

function isIdNumber(raw: string): boolean {
  if (/^\d{9}$/.test(raw) || /^\d{12}$/.test(raw)) return true;
  return /^\d{3,4}(?: \d{3,4}){2,3}$/.test(raw) && raw.replace(/ /g, "").length === 12;
}

/** The text with every phone number and ID number replaced by MASK. */
export function maskPersonalNumbers(text: string): string {
  return text.replace(CANDIDATE, (match) => {
    // A run may end in a separator-free tail the regex kept; trim trailing separators.
    const raw = match.replace(/[ .\-]+$/, "");
    return isPhone(raw) || isIdNumber(raw) ? MASK + match.slice(raw.length) : match;
  });
}

/** True when the text still contains something maskPersonalNumbers would mask. */
export function hasPersonalNumbers(text: string): boolean {
  return maskPersonalNumbers(text) !== text;
}
