import "server-only";
import { PdfWriter, newPdf } from "@/lib/documents/pdf";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import type { TrainingCourseDetail } from "./queries";
import { sessionsAttended } from "./trained";

const ddmmyyyy = (date: Date) =>
  `${String(date.getUTCDate()).padStart(2, "0")}/${String(date.getUTCMonth() + 1).padStart(2, "0")}/${date.getUTCFullYear()}`;

/**
 * The participation certificate of one participant, as a PDF laid out like an administrative
 * paper (national motto, issuing body, title, body, place and date, signature block). The
 * participant's name is in the text and in the document's title.
 */
export async function certificatePdf(input: {
  course: TrainingCourseDetail;
  participantId: string;
  agencyName: string;
  provinceName: string;
  locale: Locale;
  now?: Date;
}): Promise<{ bytes: Uint8Array; fileName: string }> {
  const { course } = input;
  const participant = course.participants.find((p) => p.id === input.participantId);
  if (!participant) throw new Error("participant not in course");
  const t = getT(input.locale, "training");
  const issuer = course.commune ? `UBND ${course.commune.fullName.toLocaleUpperCase("vi")}` : input.agencyName.toLocaleUpperCase("vi");
  const { pdf, fonts } = await newPdf({ title: `${t("certificate.title")} – ${participant.name}`, subject: course.title, author: issuer });
  const w = new PdfWriter(pdf);
  const half = w.width / 2 - 10;
  const top = w.y;
  // Issuing body on the left, national title and motto on the right (Decree 30/2020, form I.3).
  w.text(issuer, fonts.bold, 11, { align: "center", width: half });
  w.rule(60, { x: w.margin + half / 2 - 30 });
  const leftEnd = w.y;
  w.y = top;
  w.text(t("report.nation"), fonts.bold, 11, { align: "center", x: w.margin + half + 20, width: half });
  w.text(t("report.motto"), fonts.bold, 11, { align: "center", x: w.margin + half + 20, width: half });
  w.rule(150, { x: w.margin + half + 20 + half / 2 - 75 });
  w.y = Math.min(w.y, leftEnd) - 50;

  w.text(t("certificate.title"), fonts.bold, 22, { align: "center", gap: 2 });
  w.text(t("certificate.subtitle"), fonts.italic, 13, { align: "center", gap: 30 });
  w.text(t("certificate.certifies"), fonts.regular, 13, { gap: 4 });
  w.text(participant.name, fonts.bold, 18, { align: "center", gap: 10 });
  const sessionIds = course.sessions.map((s) => s.id);
  const lines = [
    participant.unit ? t("certificate.unit", { unit: participant.unit }) : null,
    t("certificate.attended", { title: course.title }),
    t("certificate.kind", {
      kind: t(`kinds.${course.kind}`) + (course.language ? ` (${t(`languages.${course.language}` as "languages.tyz")})` : ""),
    }),
    t("certificate.dates", {
      from: ddmmyyyy(course.startsOn),
      to: ddmmyyyy(course.endsOn),
      attended: sessionsAttended(participant, sessionIds),
      sessions: sessionIds.length,
    }),
    t("certificate.place", { place: course.place, trainer: course.trainer }),
    t("certificate.result", { result: t("results.COMPLETED") }),
  ].filter((line): line is string => Boolean(line));
  for (const line of lines) w.text(line, fonts.regular, 13, { gap: 4 });

  const now = input.now ?? new Date();
  w.y -= 30;
  const x = w.margin + half + 20;
  w.text(
    t("certificate.issued", { place: input.provinceName, day: now.getUTCDate(), month: now.getUTCMonth() + 1, year: now.getUTCFullYear() }),
    fonts.italic,
    12,
    { align: "center", x, width: half },
  );
  w.text(t("certificate.signer"), fonts.bold, 12, { align: "center", x, width: half });
  w.text(t("certificate.signHint"), fonts.italic, 11, { align: "center", x, width: half });
  const bytes = await pdf.save();
  const slug = participant.name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .toLowerCase();
  return { bytes, fileName: `giay-chung-nhan-${slug || participant.id}.pdf` };
}
