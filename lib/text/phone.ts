/**
 * Vietnamese phone numbers, the one place that reads them. People write the same number many
 * ways: "0912 345 678", "091.234.5678", "+84 912 345 678", "84912345678", "(0207) 3822 123".
 * Stored and compared in the national form ("0912345678"): ten digits for mobiles and for
 * landlines since 2017 (02xx area codes + 7 digits); 1800/1900 service numbers are 8–10 digits.
 */

/** The national form of a Vietnamese number, or null when it is not one. */
export function normalizeVietnamesePhone(input: string): string | null {
  const trimmed = input.trim();
  if (!/^[+0-9\s().-]+$/.test(trimmed)) return null;
  let digits = trimmed.replace(/\D/g, "");
  if (trimmed.startsWith("+")) {
    if (!digits.startsWith("84")) return null; // a foreign number
    digits = `0${digits.slice(2)}`;
  } else if (digits.startsWith("84") && digits.length === 11) {
    digits = `0${digits.slice(2)}`;
  } else if (digits.startsWith("0084")) {
    digits = `0${digits.slice(4)}`;
  }
  // Mobiles: 03x, 05x, 07x, 08x, 09x + 8 digits. Landlines: 02x + 9 digits in total after the 0.
  if (/^0[35789]\d{8}$/.test(digits)) return digits;
  if (/^02\d{9}$/.test(digits)) return digits;
  // Service numbers: 1800 xxxx(xx), 1900 xxxx(xx).
  if (/^1[89]00\d{4,6}$/.test(digits)) return digits;
  return null;
}

/** The international form for `tel:` links: "+84912345678" (service numbers stay as they are). */
export function internationalPhone(national: string): string {
  return national.startsWith("0") ? `+84${national.slice(1)}` : national;
}

/** Grouped for reading: "0912 345 678", "0207 382 2123". */
export function formatVietnamesePhone(national: string): string {
  if (/^0[35789]\d{8}$/.test(national)) return `${national.slice(0, 4)} ${national.slice(4, 7)} ${national.slice(7)}`;
  if (/^02\d{9}$/.test(national)) return `${national.slice(0, 4)} ${national.slice(4, 7)} ${national.slice(7)}`;
  return national;
}

/** The Zalo chat address of a number (Zalo accounts are keyed by the national number). */
export function zaloUrl(national: string): string {
  return `https://zalo.me/${national}`;
}
