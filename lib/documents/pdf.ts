import "server-only";
import fontkit from "@pdf-lib/fontkit";
import { PDFDocument, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import { fontBytes } from "./fonts";

export type PdfFonts = { regular: PDFFont; bold: PDFFont; italic: PDFFont };

/** A new A4 PDF with the Vietnamese fonts embedded (subset: only the glyphs used are stored). */
export async function newPdf(meta: { title: string; subject?: string; author: string }) {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const [regular, bold, italic] = await Promise.all([fontBytes("regular"), fontBytes("bold"), fontBytes("italic")]);
  const fonts: PdfFonts = {
    regular: await pdf.embedFont(regular, { subset: true }),
    bold: await pdf.embedFont(bold, { subset: true }),
    italic: await pdf.embedFont(italic, { subset: true }),
  };
  pdf.setTitle(meta.title);
  if (meta.subject) pdf.setSubject(meta.subject);
  pdf.setAuthor(meta.author);
  pdf.setProducer("Cổng thông tin Ban Dân tộc");
  pdf.setLanguage("vi-VN");
  return { pdf, fonts };
}

/** Splits text into lines no wider than `width` at `size`. */
export function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (line && font.widthOfTextAtSize(candidate, size) > width) {
        lines.push(line);
        line = word;
      } else line = candidate;
    }
    lines.push(line);
  }
  return lines;
}

/**
 * A cursor that writes lines down a page, centred or from the left margin, and starts a new
 * page when the bottom is reached.
 */
export class PdfWriter {
  page: PDFPage;
  y: number;
  constructor(
    readonly pdf: PDFDocument,
    readonly margin = 56,
  ) {
    this.page = pdf.addPage([595.28, 841.89]);
    this.y = this.page.getHeight() - margin;
  }
  get width() {
    return this.page.getWidth() - 2 * this.margin;
  }
  ensure(height: number) {
    if (this.y - height < this.margin) {
      this.page = this.pdf.addPage([595.28, 841.89]);
      this.y = this.page.getHeight() - this.margin;
    }
  }
  text(
    text: string,
    font: PDFFont,
    size: number,
    options: { align?: "left" | "center" | "right"; x?: number; width?: number; gap?: number } = {},
  ) {
    const width = options.width ?? this.width;
    const left = options.x ?? this.margin;
    for (const line of wrap(text, font, size, width)) {
      this.ensure(size * 1.4);
      const w = font.widthOfTextAtSize(line, size);
      const x = options.align === "center" ? left + (width - w) / 2 : options.align === "right" ? left + width - w : left;
      this.page.drawText(line, { x, y: this.y - size, size, font, color: rgb(0, 0, 0) });
      this.y -= size * 1.4;
    }
    this.y -= options.gap ?? 0;
  }
  rule(width: number, options: { x?: number } = {}) {
    const x = options.x ?? this.margin + (this.width - width) / 2;
    this.page.drawLine({ start: { x, y: this.y + 2 }, end: { x: x + width, y: this.y + 2 }, thickness: 0.7 });
    this.y -= 6;
  }
}
