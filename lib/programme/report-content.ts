import "server-only";
import sharp from "sharp";
import { provinceDay } from "@/lib/forum/working-days";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { getSiteIdentity } from "@/lib/settings/queries";
import { programmeFigures } from "./figures";
import { formatFigure, formatTarget } from "./format";
import type { Period } from "./period";

const PROVINCE = "Tuyên Quang";

/**
 * Everything the periodic report says, as text and tables, computed once through
 * `programmeFigures` (so the report carries exactly the programme page's figures); the DOCX and the
 * PDF only lay it out.
 */
export async function reportContent(period: Period, locale: Locale = "vi", now = new Date()) {
  const t = getT(locale, "training");
  const [figures, identity] = await Promise.all([programmeFigures(period), getSiteIdentity(locale)]);
  const day = provinceDay(now);
  const [y, m, d] = day.split("-");
  const periodLabel = t("programme.quarterLabel", { quarter: period.quarter, year: period.year });
  const indicatorRows = figures.indicators.map((i) => [
    t(`programme.indicators.${i.key}`),
    formatFigure(i.result.province, locale),
    i.target === null ? t("programme.noTarget") : formatTarget(i.target, i.unit, locale),
    t(`programme.bases.${i.key}`, { year: period.year - 1 }),
  ]);
  const trained = figures.indicators.find((i) => i.key === "cadresTrained");
  const communeRows = figures.communes.map((c) => {
    const figure = trained?.result.communes?.[c.id];
    return { name: c.name, planned: figure?.of ?? 0, done: figure?.value ?? 0, text: figure ? formatFigure(figure, locale) : "—" };
  });
  return {
    issuerParent: `UBND TỈNH ${PROVINCE.toLocaleUpperCase("vi")}`,
    issuer: identity.agencyName.toLocaleUpperCase("vi"),
    nation: t("report.nation"),
    motto: t("report.motto"),
    number: t("report.number"),
    placeDate: t("report.placeDate", { place: PROVINCE, day: d, month: m, year: y }),
    kind: t("report.kind"),
    subject: t("report.subject", { period: periodLabel }),
    recipient: t("report.recipient", { province: PROVINCE }),
    intro: t("report.intro", { agency: identity.agencyName, period: periodLabel, date: `${d}/${m}/${y}` }),
    section1: t("report.section1"),
    indicatorHead: [t("report.indicator"), t("report.value"), t("report.target"), t("report.basis")],
    indicatorRows,
    section2: t("report.section2"),
    communeHead: [t("report.commune"), t("report.planned"), t("report.done"), t("report.value")],
    communeRows,
    chartTitle: t("report.chartTitle"),
    chartAlt: t("report.chartAlt"),
    section3: t("report.section3"),
    assessment: t("report.assessment"),
    recipients: t("report.recipients"),
    recipientList: t("report.recipientList").split("\n"),
    signerTitle: t("report.signerTitle"),
    signHint: t("report.signHint"),
    fileName: `${t("report.fileName")}-${period.year}-q${period.quarter}`,
    plannedLabel: t("report.planned"),
    doneLabel: t("report.done"),
  };
}
export type ReportContent = Awaited<ReturnType<typeof reportContent>>;

const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The chart of plan versus trained per commune as a PNG (an SVG drawn here, rasterised by sharp):
 * Word and PDF readers show a PNG everywhere.
 */
export async function trainingChartPng(content: ReportContent): Promise<{ png: Buffer; width: number; height: number }> {
  const rows = content.communeRows;
  const width = 640;
  const rowHeight = 34;
  const top = 40;
  const left = 150;
  const height = top + rows.length * rowHeight + 20;
  const max = Math.max(1, ...rows.map((r) => Math.max(r.planned, r.done)));
  const scale = (value: number) => Math.round((value / max) * (width - left - 60));
  const bars = rows
    .map((r, i) => {
      const y = top + i * rowHeight;
      return (
        `<text x="${left - 8}" y="${y + 18}" text-anchor="end" font-size="13">${escapeXml(r.name)}</text>` +
        `<rect x="${left}" y="${y + 4}" width="${scale(r.planned)}" height="12" fill="#9ca3af"/>` +
        `<text x="${left + scale(r.planned) + 4}" y="${y + 15}" font-size="11">${r.planned}</text>` +
        `<rect x="${left}" y="${y + 17}" width="${scale(r.done)}" height="12" fill="#1d4ed8"/>` +
        `<text x="${left + scale(r.done) + 4}" y="${y + 28}" font-size="11">${r.done}</text>`
      );
    })
    .join("");
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="DejaVu Serif, serif">` +
    `<rect width="100%" height="100%" fill="#fff"/>` +
    `<rect x="${left}" y="10" width="12" height="12" fill="#9ca3af"/><text x="${left + 18}" y="21" font-size="12">${escapeXml(content.plannedLabel)}</text>` +
    `<rect x="${left + 140}" y="10" width="12" height="12" fill="#1d4ed8"/><text x="${left + 158}" y="21" font-size="12">${escapeXml(content.doneLabel)}</text>` +
    bars +
    `</svg>`;
  const png = await sharp(Buffer.from(svg)).png().toBuffer();
  return { png, width, height };
}
