import "server-only";
import { PdfWriter, newPdf, wrap } from "@/lib/documents/pdf";
import { trainingChartPng, type ReportContent } from "./report-content";

/** The same report as a PDF (same content, same layout order), for those who only print it. */
export async function reportPdf(content: ReportContent): Promise<Uint8Array> {
  const { pdf, fonts } = await newPdf({ title: content.subject, author: content.issuer });
  const w = new PdfWriter(pdf, 50);
  const half = w.width / 2 - 10;
  const right = w.margin + half + 20;
  const top = w.y;
  w.text(content.issuerParent, fonts.regular, 10, { align: "center", width: half });
  w.text(content.issuer, fonts.bold, 10, { align: "center", width: half });
  w.rule(50, { x: w.margin + half / 2 - 25 });
  w.text(content.number, fonts.regular, 11, { align: "center", width: half });
  const leftEnd = w.y;
  w.y = top;
  w.text(content.nation, fonts.bold, 10, { align: "center", x: right, width: half });
  w.text(content.motto, fonts.bold, 11, { align: "center", x: right, width: half });
  w.rule(140, { x: right + half / 2 - 70 });
  w.text(content.placeDate, fonts.italic, 11, { align: "center", x: right, width: half });
  w.y = Math.min(w.y, leftEnd) - 16;
  w.text(content.kind, fonts.bold, 14, { align: "center" });
  w.text(content.subject, fonts.bold, 12, { align: "center", gap: 8 });
  w.text(content.recipient, fonts.regular, 12, { align: "center", gap: 8 });
  w.text(content.intro, fonts.regular, 12, { gap: 6 });
  w.text(content.section1, fonts.bold, 12, { gap: 4 });
  table(w, fonts, content.indicatorHead, content.indicatorRows, [0.36, 0.18, 0.14, 0.32]);
  w.text(content.section2, fonts.bold, 12, { gap: 4 });
  table(
    w,
    fonts,
    content.communeHead,
    content.communeRows.map((r) => [r.name, String(r.planned), String(r.done), r.text]),
    [0.4, 0.18, 0.18, 0.24],
  );
  const chart = await trainingChartPng(content);
  const image = await pdf.embedPng(chart.png);
  const scale = Math.min(1, w.width / chart.width) * 0.8;
  w.ensure(chart.height * scale + 30);
  w.page.drawImage(image, {
    x: w.margin + (w.width - chart.width * scale) / 2,
    y: w.y - chart.height * scale,
    width: chart.width * scale,
    height: chart.height * scale,
  });
  w.y -= chart.height * scale + 4;
  w.text(content.chartTitle, fonts.italic, 10, { align: "center", gap: 8 });
  w.text(content.section3, fonts.bold, 12, { gap: 4 });
  w.text(content.assessment, fonts.regular, 12, { gap: 16 });
  w.ensure(90);
  const footTop = w.y;
  w.text(content.recipients, fonts.bold, 11, { width: half });
  for (const line of content.recipientList) w.text(line, fonts.regular, 10, { width: half });
  w.y = footTop;
  w.text(content.signerTitle, fonts.bold, 12, { align: "center", x: right, width: half });
  w.text(content.signHint, fonts.italic, 11, { align: "center", x: right, width: half });
  return pdf.save();
}

function table(w: PdfWriter, fonts: Awaited<ReturnType<typeof newPdf>>["fonts"], head: string[], rows: string[][], widths: number[]) {
  const size = 9.5;
  for (const [index, row] of [head, ...rows].entries()) {
    const font = index === 0 ? fonts.bold : fonts.regular;
    // The row's height is its tallest cell.
    const lines = row.map((cell, i) => wrap(cell, font, size, w.width * widths[i]! - 6));
    const height = Math.max(...lines.map((l) => l.length)) * size * 1.35 + 6;
    w.ensure(height);
    let x = w.margin;
    for (const [i, cellLines] of lines.entries()) {
      const cw = w.width * widths[i]!;
      w.page.drawRectangle({ x, y: w.y - height, width: cw, height, borderWidth: 0.5 });
      cellLines.forEach((line, n) => w.page.drawText(line, { x: x + 3, y: w.y - 3 - size - n * size * 1.35, size, font }));
      x += cw;
    }
    w.y -= height;
  }
  w.y -= 10;
}
