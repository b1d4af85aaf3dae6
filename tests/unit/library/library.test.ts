import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ZCreateLibraryItem, ZLibraryFilters } from "@/lib/library/schema";
import { canReadFile, libraryEditProblem } from "@/lib/library/policy";
import { libraryTransitionProblem } from "@/lib/library/states";
import { countPdfPages } from "@/lib/storage/file-info";
import { checkUpload, sniff } from "@/lib/storage/sniff";
import { demoPdf, toneWav } from "@/prisma/seed/demo-media";

const official = { id: "o", role: "OFFICIAL" as const, communeId: null };
const cadre = { id: "c", role: "COMMUNE_CADRE" as const, communeId: "x" };

describe("library policy", () => {
  it("a cadre edits only their own drafts; reviewers edit anything", () => {
    expect(libraryEditProblem(cadre, { state: "DRAFT", authorId: "c" })).toBeNull();
    expect(libraryEditProblem(cadre, { state: "DRAFT", authorId: "o" })).toBe("form.forbidden");
    expect(libraryEditProblem(cadre, { state: "IN_REVIEW", authorId: "c" })).toBe("library.lockedForReview");
    expect(libraryEditProblem(official, { state: "PUBLISHED", authorId: "c" })).toBeNull();
    expect(libraryEditProblem(null, { state: "DRAFT", authorId: null })).toBe("form.forbidden");
  });

  it("a COMMUNITY file is for signed-in staff only; drafts only for their editors", () => {
    expect(canReadFile(null, { state: "PUBLISHED", access: "PUBLIC", authorId: null })).toBe(true);
    expect(canReadFile(null, { state: "PUBLISHED", access: "COMMUNITY", authorId: null })).toBe(false);
    expect(canReadFile(official, { state: "PUBLISHED", access: "COMMUNITY", authorId: null })).toBe(true);
    expect(canReadFile(null, { state: "DRAFT", access: "PUBLIC", authorId: null })).toBe(false);
    expect(canReadFile(cadre, { state: "DRAFT", access: "PUBLIC", authorId: "o" })).toBe(false);
    expect(canReadFile(cadre, { state: "IN_REVIEW", access: "PUBLIC", authorId: "c" })).toBe(true);
  });

  it("publishing needs Vietnamese and a file; states move only along the workflow", () => {
    expect(libraryTransitionProblem({ state: "IN_REVIEW", hasVietnamese: true, fileCount: 1 }, "publish")).toBeNull();
    expect(libraryTransitionProblem({ state: "DRAFT", hasVietnamese: true, fileCount: 0 }, "publish")).toBe("library.fileRequired");
    expect(libraryTransitionProblem({ state: "DRAFT", hasVietnamese: false, fileCount: 1 }, "publish")).toBe("library.vietnameseRequired");
    expect(libraryTransitionProblem({ state: "PUBLISHED", hasVietnamese: true, fileCount: 1 }, "submit")).toBe("library.wrongState");
    expect(libraryTransitionProblem({ state: "DRAFT", hasVietnamese: true, fileCount: 1 }, "return")).toBe("library.wrongState");
  });
});

describe("library schema", () => {
  const base = { type: "AUDIO", topic: "LANGUAGE", access: "PUBLIC", itemLanguages: "tyz,vi", groupIds: "", title: "T", description: "D" };
  it("parses languages from checkboxes and needs at least one", () => {
    expect(ZCreateLibraryItem.parse(base).itemLanguages).toEqual(["tyz", "vi"]);
    const missing = ZCreateLibraryItem.safeParse({ ...base, itemLanguages: "" });
    expect(missing.error?.issues[0]?.message).toBe("library.languageRequired");
    expect(ZCreateLibraryItem.safeParse({ ...base, itemLanguages: "xx" }).success).toBe(false);
  });
  it("a COMMUNITY item must say why", () => {
    const result = ZCreateLibraryItem.safeParse({ ...base, access: "COMMUNITY" });
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["accessNote", "library.accessNoteRequired"],
    ]);
    expect(ZCreateLibraryItem.safeParse({ ...base, access: "COMMUNITY", accessNote: "Cộng đồng đề nghị" }).success).toBe(true);
  });
  it("filters come from linkable addresses and never fail", () => {
    expect(ZLibraryFilters.parse({ group: "tay", topic: "language", type: "audio", lang: "tyz" })).toMatchObject({
      group: "tay",
      topic: "LANGUAGE",
      type: "AUDIO",
      lang: "tyz",
      page: 1,
    });
    expect(ZLibraryFilters.parse({ topic: "nonsense", lang: "zz", page: "x" })).toMatchObject({
      topic: undefined,
      lang: undefined,
      page: 1,
    });
  });
});

describe("library files", () => {
  it("sniffs PDF, WAV, MP4 and WebM by content, and checks each purpose's type and size", () => {
    expect(sniff(demoPdf("x", 1).subarray(0, 16))?.mime).toBe("application/pdf");
    expect(sniff(toneWav(1).subarray(0, 16))?.mime).toBe("audio/wav");
    const mp4 = Buffer.from([0, 0, 0, 0x18, ...Buffer.from("ftypisom"), 0, 0, 0, 0]);
    expect(checkUpload("video", { size: 100, head: mp4, truncated: false })).toMatchObject({ ok: true, type: { mime: "video/mp4" } });
    expect(checkUpload("libraryAudio", { size: 100, head: mp4, truncated: false })).toMatchObject({
      ok: true,
      type: { mime: "audio/mp4" },
    });
    expect(sniff(Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 0, 0, 0, 0]))?.mime).toBe("video/webm");
    expect(checkUpload("document", { size: 10, head: Buffer.from("<html>"), truncated: false })).toEqual({
      ok: false,
      error: "upload.documentType",
    });
    expect(checkUpload("document", { size: 10, head: Buffer.from("%PDF-1.4"), truncated: true })).toEqual({
      ok: false,
      error: "upload.documentTooLarge",
    });
    expect(checkUpload("video", { size: 10, head: toneWav(1), truncated: false })).toEqual({ ok: false, error: "upload.videoType" });
  });

  it("counts the pages of a PDF without a PDF library", async () => {
    const file = path.join(os.tmpdir(), `pdf-${process.pid}.pdf`);
    await fs.promises.writeFile(file, demoPdf("Pages", 4));
    try {
      expect(await countPdfPages(file)).toBe(4);
    } finally {
      await fs.promises.rm(file, { force: true });
    }
  });
});
