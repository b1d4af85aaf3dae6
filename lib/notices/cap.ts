import { create } from "xmlbuilder2";
import type {
  NoticeCategory,
  NoticeCertainty,
  NoticeHazard,
  NoticeMsgType,
  NoticeSeverity,
  NoticeUrgency,
} from "@/lib/generated/prisma/enums";
import { capCategory, capLanguage, capWord } from "./states";

export const CAP_NAMESPACE = "urn:oasis:names:tc:emergency:cap:1.2";
/**
 * The name of the geocodes: the official administrative-unit codes (mã đơn vị hành chính, the
 * General Statistics Office's list under Decision 124/2004/QĐ-TTg), `AdminUnit.code`.
 */
export const GEOCODE_NAME = "VN-MaDVHC";

/** One CAP message, as plain data (lib/notices/cap-load.ts reads it from the database). */
export type CapMessage = {
  identifier: string;
  sender: string;
  sent: Date;
  msgType: NoticeMsgType;
  /** A cancel's reason or an all-clear's note. */
  note: string | null;
  /** Earlier messages of the same notice, oldest first. */
  references: { identifier: string; sent: Date }[];
  category: NoticeCategory;
  hazard: NoticeHazard | null;
  severity: NoticeSeverity;
  urgency: NoticeUrgency;
  certainty: NoticeCertainty;
  allClear: boolean;
  effective: Date;
  expires: Date;
  senderName: string;
  area: { description: string; geocodes: string[] };
  infos: {
    locale: string;
    event: string;
    headline: string;
    description: string;
    instruction: string;
    web: string;
    audio: { url: string; mimeType: string; size: number; description: string } | null;
  }[];
};

/**
 * A CAP 1.2 dateTime: the province's time with its offset (+07:00) and no fractional seconds,
 * as the standard requires ("2026-11-28T18:00:00+07:00").
 */
export function capTime(date: Date): string {
  return `${new Date(date.getTime() + 7 * 3_600_000).toISOString().slice(0, 19)}+07:00`;
}

/**
 * Builds the CAP 1.2 `<alert>` document with an XML library (escaping and element order are the
 * library's and this function's job, never string concatenation): one `<info>` per language.
 */
export function buildCapXml(message: CapMessage): string {
  const doc = create({ version: "1.0", encoding: "UTF-8" });
  const alert = doc.ele(CAP_NAMESPACE, "alert");
  const el = (parent: typeof alert, name: string, text: string) => parent.ele(name).txt(text).up();
  el(alert, "identifier", message.identifier);
  el(alert, "sender", message.sender);
  el(alert, "sent", capTime(message.sent));
  el(alert, "status", "Actual");
  el(alert, "msgType", capWord(message.msgType));
  el(alert, "scope", "Public");
  if (message.note) el(alert, "note", message.note);
  if (message.references.length > 0) {
    el(alert, "references", message.references.map((ref) => `${message.sender},${ref.identifier},${capTime(ref.sent)}`).join(" "));
  }
  for (const info of message.infos) {
    const block = alert.ele("info");
    el(block, "language", capLanguage(info.locale));
    el(block, "category", capCategory(message.category, message.hazard));
    el(block, "event", info.event);
    if (message.allClear) el(block, "responseType", "AllClear");
    // An all-clear or a cancel: responsive action is no longer required.
    el(block, "urgency", message.allClear || message.msgType === "CANCEL" ? "Past" : capWord(message.urgency));
    el(block, "severity", capWord(message.severity));
    el(block, "certainty", capWord(message.certainty));
    el(block, "effective", capTime(message.effective));
    el(block, "expires", capTime(message.expires));
    el(block, "senderName", message.senderName);
    el(block, "headline", info.headline);
    el(block, "description", info.description);
    el(block, "instruction", info.instruction);
    el(block, "web", info.web);
    if (info.audio) {
      const resource = block.ele("resource");
      el(resource, "resourceDesc", info.audio.description);
      el(resource, "mimeType", info.audio.mimeType);
      el(resource, "size", String(info.audio.size));
      el(resource, "uri", info.audio.url);
    }
    const area = block.ele("area");
    el(area, "areaDesc", message.area.description);
    for (const code of message.area.geocodes) {
      area.ele("geocode").ele("valueName").txt(GEOCODE_NAME).up().ele("value").txt(code).up().up();
    }
  }
  return doc.end({ prettyPrint: true });
}
