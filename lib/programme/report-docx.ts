import "server-only";
import {
  AlignmentType,
  BorderStyle,
  Document,
  ImageRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from "docx";
import { trainingChartPng, type ReportContent } from "./report-content";

const FONT = "Times New Roman";
const NONE = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

/** Sizes are half-points: 26 = 13 pt (Decree 30/2020: body 13–14 pt, Times New Roman). */
const run = (text: string, options: { bold?: boolean; italics?: boolean; size?: number; underline?: boolean } = {}) =>
  new TextRun({
    text,
    font: FONT,
    size: options.size ?? 26,
    bold: options.bold,
    italics: options.italics,
    underline: options.underline ? {} : undefined,
  });
const para = (
  children: ParagraphChild[] | string,
  options: { align?: (typeof AlignmentType)[keyof typeof AlignmentType]; after?: number; indent?: boolean } = {},
) =>
  new Paragraph({
    children: typeof children === "string" ? [run(children)] : children,
    alignment: options.align ?? AlignmentType.JUSTIFIED,
    spacing: { after: options.after ?? 120, line: 300 },
    indent: options.indent ? { firstLine: 567 } : undefined,
  });
const centred = (children: ParagraphChild[], after = 0) => para(children, { align: AlignmentType.CENTER, after });

function grid(head: string[], rows: string[][], widths: number[]) {
  const cell = (text: string, bold: boolean, width: number) =>
    new TableCell({
      width: { size: width, type: WidthType.PERCENTAGE },
      children: [new Paragraph({ children: [run(text, { bold, size: 24 })], spacing: { before: 40, after: 40 } })],
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: head.map((text, i) => cell(text, true, widths[i]!)) }),
      ...rows.map((row) => new TableRow({ children: row.map((text, i) => cell(text, false, widths[i]!)) })),
    ],
  });
}

/** Two blocks side by side without borders: the header (issuer | national title) and the footer (recipients | signature). */
function sideBySide(left: Paragraph[], right: Paragraph[], leftWidth = 40) {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          new TableCell({ width: { size: leftWidth, type: WidthType.PERCENTAGE }, borders: NO_BORDERS, children: left }),
          new TableCell({ width: { size: 100 - leftWidth, type: WidthType.PERCENTAGE }, borders: NO_BORDERS, children: right }),
        ],
      }),
    ],
  });
}

/**
 * The periodic report as a DOCX laid out as an administrative document under Decree 30/2020/NĐ-CP
 * (form of a report): issuing body and number (left blank for the clerk) beside the national title
 * and motto, place and date, title and subject, addressee, body with the figures, tables and the
 * chart, then recipients and the signature block. Officials finish it in their word processor.
 */
export async function reportDocx(content: ReportContent): Promise<Buffer> {
  const chart = await trainingChartPng(content);
  const header = sideBySide(
    [
      centred([run(content.issuerParent, { size: 24 })]),
      centred([run(content.issuer, { bold: true, size: 24 })]),
      centred([run("————", { size: 20 })]),
      centred([run(content.number, { size: 26 })]),
    ],
    [
      centred([run(content.nation, { bold: true, size: 24 })]),
      centred([run(content.motto, { bold: true, size: 26 })]),
      centred([run("———————————", { size: 20 })]),
      centred([run(content.placeDate, { italics: true, size: 26 })]),
    ],
  );
  const footer = sideBySide(
    [
      para([run(content.recipients, { bold: true, italics: true, size: 24 })], { after: 0 }),
      ...content.recipientList.map((line) => para([run(line, { size: 22 })], { after: 0, align: AlignmentType.LEFT })),
    ],
    [centred([run(content.signerTitle, { bold: true, size: 26 })]), centred([run(content.signHint, { italics: true, size: 24 })])],
    50,
  );
  const doc = new Document({
    creator: content.issuer,
    title: content.subject,
    styles: { default: { document: { run: { font: FONT, size: 26 } } } },
    sections: [
      {
        properties: { page: { margin: { top: 1134, bottom: 1134, left: 1701, right: 851 } } }, // 20/20/30/15 mm
        children: [
          header,
          centred([run(content.kind, { bold: true, size: 28 })], 0),
          centred([run(content.subject, { bold: true, size: 26 })], 240),
          centred([run(content.recipient, { size: 26 })], 240),
          para(content.intro, { indent: true }),
          para([run(content.section1, { bold: true })]),
          grid(content.indicatorHead, content.indicatorRows, [36, 18, 14, 32]),
          para([run(content.section2, { bold: true })], { after: 120 }),
          grid(
            content.communeHead,
            content.communeRows.map((r) => [r.name, String(r.planned), String(r.done), r.text]),
            [40, 18, 18, 24],
          ),
          centred(
            [
              new ImageRun({
                type: "png",
                data: chart.png,
                transformation: { width: chart.width * 0.85, height: chart.height * 0.85 },
                altText: { name: "chart", title: content.chartTitle, description: content.chartAlt },
              }),
            ],
            0,
          ),
          centred([run(content.chartTitle, { italics: true, size: 24 })], 240),
          para([run(content.section3, { bold: true })]),
          para(content.assessment, { indent: true }),
          footer,
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
