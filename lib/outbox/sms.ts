/**
 * SMS text: Vietnamese without diacritics (many gateways and old phones need it, and it costs
 * fewer segments) and the number of segments a text will cost.
 */

/** "Lũ quét ở Đồng Văn" → "Lu quet o Dong Van". */
export function stripDiacritics(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .normalize("NFC");
}

// The GSM 03.38 default alphabet; the extension characters cost two places each.
const GSM_BASIC = new Set(
  "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà",
);
const GSM_EXTENSION = new Set("^{}\\[~]|€\f");

export type SmsCost = {
  encoding: "GSM-7" | "UCS-2";
  /** Characters as the network counts them (an extension character counts two). */
  length: number;
  segments: number;
};

/**
 * What a text costs as SMS: GSM-7 when every character is in the GSM alphabet (160 per message,
 * 153 per part of a longer one), otherwise UCS-2 (70, or 67 per part) — any Vietnamese letter
 * with a diacritic forces UCS-2.
 */
export function smsCost(text: string): SmsCost {
  let gsmLength = 0;
  let gsm = true;
  for (const char of text) {
    if (GSM_BASIC.has(char)) gsmLength += 1;
    else if (GSM_EXTENSION.has(char)) gsmLength += 2;
    else {
      gsm = false;
      break;
    }
  }
  if (gsm)
    return { encoding: "GSM-7", length: gsmLength, segments: gsmLength === 0 ? 0 : gsmLength <= 160 ? 1 : Math.ceil(gsmLength / 153) };
  const units = text.length; // UTF-16 code units, as UCS-2 counts them
  return { encoding: "UCS-2", length: units, segments: units <= 70 ? 1 : Math.ceil(units / 67) };
}

/** The text an SMS channel sends: without diacritics when the channel is set so. */
export function smsText(text: string, withoutDiacritics: boolean): string {
  return withoutDiacritics ? stripDiacritics(text) : text;
}
