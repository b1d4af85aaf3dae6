import { maskPersonalNumbers } from "./mask";

/**
 * What an answer gives away about the person who asked, before it is published: their name
 * when they chose to hide it ("Chào ông Tư" for Nguyễn Văn Tư), their phone number, or any phone
 * or ID number. The answerer is warned and confirms; the portal cannot tell a greeting from a
 * namesake, so it never silently refuses.
 */
export type Revealed = "name" | "number";

/** How Vietnamese address a person before their given name. */
const HONORIFICS = ["ông", "bà", "anh", "chị", "em", "cô", "chú", "bác", "cháu", "cụ", "dì", "cậu", "mợ", "thím", "bạn", "già"];

const words = (text: string) =>
  text
    .normalize("NFC")
    .toLocaleLowerCase("vi")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
const digits = (text: string) => text.normalize("NFKC").replace(/\D/g, "");

function namesAsker(body: string, name: string): boolean {
  const nameWords = words(name);
  const given = nameWords.at(-1);
  if (!given) return false;
  const text = ` ${words(body).join(" ")} `;
  if (nameWords.length > 1 && text.includes(` ${nameWords.join(" ")} `)) return true;
  return HONORIFICS.some((title) => text.includes(` ${title} ${given} `));
}

export function revealsAsker(body: string, asker: { askerName: string | null; showName: boolean; askerPhone: string | null }): Revealed[] {
  const found: Revealed[] = [];
  if (asker.askerName && !asker.showName && namesAsker(body, asker.askerName)) found.push("name");
  const phone = asker.askerPhone ? digits(asker.askerPhone).slice(-9) : "";
  if ((phone.length === 9 && digits(body).includes(phone)) || maskPersonalNumbers(body) !== body) found.push("number");
  return found;
}
