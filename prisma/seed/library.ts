import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { LibraryItemType, LibraryTopic } from "@/lib/generated/prisma/enums";
import { countPdfPages, mediaDuration } from "@/lib/storage/file-info";
import { saveFileAsIs, saveImageFile, type NewMediaFile } from "@/lib/storage/media";
import { demoPdf, demoPicture, toneWav } from "./demo-media";

const DEMO_SOURCE = "Dữ liệu mẫu của cổng thông tin (không phải tư liệu thật)";

type DemoItem = {
  type: Exclude<LibraryItemType, "VIDEO">;
  topic: LibraryTopic;
  langs: string[];
  groups: string[];
  vi: { title: string; description: string; transcript?: string };
  en?: { title: string; description: string };
  community?: string;
};

/*
 * A dozen demo items, titles and descriptions in Vietnamese and English only (no Tày, Dao or
 * Hmông text is invented: the item's language is metadata). Files are generated here: tones,
 * small PDFs, pictures. No demo video: a valid video file cannot be made without an encoder.
 */
const ITEMS: DemoItem[] = [
  {
    type: "AUDIO",
    topic: "LANGUAGE",
    langs: ["tyz"],
    groups: ["tay"],
    vi: {
      title: "Bản ghi mẫu: lời chào hỏi tiếng Tày",
      description: "Bản ghi âm mẫu (tiếng chuông thử) thay cho một bản ghi lời chào hỏi hằng ngày bằng tiếng Tày.",
      transcript: "(Bản ghi mẫu: chỉ có tiếng chuông thử, không có lời nói.)",
    },
    en: {
      title: "Demo recording: greetings in Tày",
      description: "A demo recording (a test tone) standing in for everyday greetings in Tày.",
    },
  },
  {
    type: "AUDIO",
    topic: "CULTURE",
    langs: ["tyz"],
    groups: ["tay"],
    vi: {
      title: "Bản ghi mẫu: hát then",
      description: "Bản ghi âm mẫu thay cho một bài hát then. Cộng đồng đề nghị chỉ chia sẻ cho cán bộ.",
    },
    community: "Bản ghi nghi lễ: cộng đồng đề nghị không phát tán rộng (dữ liệu mẫu).",
  },
  {
    type: "AUDIO",
    topic: "HEALTH",
    langs: ["hmn"],
    groups: ["mong"],
    vi: {
      title: "Bản ghi mẫu: hướng dẫn rửa tay bằng tiếng Hmông",
      description: "Bản ghi âm mẫu thay cho hướng dẫn rửa tay đúng cách bằng tiếng Hmông.",
    },
    en: {
      title: "Demo recording: hand-washing advice in Hmong",
      description: "A demo recording standing in for hand-washing advice in Hmong.",
    },
  },
  {
    type: "AUDIO",
    topic: "FARMING",
    langs: ["ium"],
    groups: ["dao"],
    vi: {
      title: "Bản ghi mẫu: kinh nghiệm trồng quế của người Dao",
      description: "Bản ghi âm mẫu thay cho lời kể kinh nghiệm trồng quế bằng tiếng Dao.",
    },
  },
  {
    type: "AUDIO",
    topic: "LAW",
    langs: ["vi", "tyz"],
    groups: ["tay"],
    vi: {
      title: "Bản ghi mẫu: phổ biến Luật Hôn nhân và gia đình",
      description: "Bản ghi âm mẫu thay cho buổi phổ biến pháp luật bằng tiếng Việt và tiếng Tày.",
      transcript: "(Bản ghi mẫu: chỉ có tiếng chuông thử, không có lời nói.)",
    },
  },
  {
    type: "DOCUMENT",
    topic: "LAW",
    langs: ["vi"],
    groups: [],
    vi: { title: "Tài liệu mẫu: hỏi đáp chính sách hỗ trợ nhà ở", description: "Tệp PDF mẫu, vài trang, để thử tải về." },
    en: { title: "Demo document: housing support questions and answers", description: "A small demo PDF to try the download." },
  },
  {
    type: "DOCUMENT",
    topic: "LANGUAGE",
    langs: ["tyz", "vi"],
    groups: ["tay"],
    vi: {
      title: "Tài liệu mẫu: bảng chữ cái tiếng Tày",
      description: "Tệp PDF mẫu thay cho tài liệu dạy chữ Tày (không chứa chữ Tày thật).",
    },
  },
  {
    type: "DOCUMENT",
    topic: "HEALTH",
    langs: ["vi"],
    groups: ["mong", "dao"],
    vi: { title: "Tài liệu mẫu: chăm sóc bà mẹ và trẻ em", description: "Tệp PDF mẫu để thử tải về." },
  },
  {
    type: "DOCUMENT",
    topic: "FARMING",
    langs: ["vi"],
    groups: ["san-chay"],
    vi: { title: "Tài liệu mẫu: kỹ thuật trồng chè", description: "Tệp PDF mẫu để thử tải về." },
  },
  {
    type: "IMAGES",
    topic: "COSTUME",
    langs: ["vi"],
    groups: ["dao"],
    vi: { title: "Bộ ảnh mẫu: trang phục người Dao đỏ", description: "Bộ ảnh mẫu (tranh phong cảnh tạo tự động) thay cho ảnh trang phục." },
    en: { title: "Demo pictures: Red Dao costume", description: "Demo pictures (generated landscapes) standing in for costume photos." },
  },
  {
    type: "IMAGES",
    topic: "CULTURE",
    langs: ["vi"],
    groups: ["tay"],
    vi: { title: "Bộ ảnh mẫu: lễ hội Lồng tồng", description: "Bộ ảnh mẫu (tranh phong cảnh tạo tự động) thay cho ảnh lễ hội." },
  },
  {
    type: "IMAGES",
    topic: "COSTUME",
    langs: ["vi"],
    groups: ["mong"],
    vi: {
      title: "Bộ ảnh mẫu: nghề dệt lanh của người Mông",
      description: "Bộ ảnh mẫu (tranh phong cảnh tạo tự động) thay cho ảnh nghề dệt.",
    },
  },
];

async function withTempFile<T>(data: Buffer, fn: (file: string) => Promise<T>): Promise<T> {
  const file = path.join(os.tmpdir(), `portal-seed-lib-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}`);
  await fs.promises.writeFile(file, data);
  try {
    return await fn(file);
  } finally {
    await fs.promises.rm(file, { force: true });
  }
}

type Made = { media: NewMediaFile; durationSeconds: number | null; pageCount: number | null };

async function makeFiles(item: DemoItem, index: number, actorId: string | null): Promise<Made[]> {
  if (item.type === "AUDIO") {
    return [
      await withTempFile(toneWav(2 + (index % 3), 330 + index * 40), async (file) => ({
        media: await saveFileAsIs({
          path: file,
          type: { kind: "audio", mime: "audio/wav", ext: "wav" },
          originalName: "demo.wav",
          actorId,
          prefix: "library",
        }),
        durationSeconds: await mediaDuration(file, "audio/wav"),
        pageCount: null,
      })),
    ];
  }
  if (item.type === "DOCUMENT") {
    return [
      await withTempFile(demoPdf(item.en?.title ?? "Demo document", 2 + (index % 3)), async (file) => ({
        media: await saveFileAsIs({
          path: file,
          type: { kind: "document", mime: "application/pdf", ext: "pdf" },
          originalName: "demo.pdf",
          actorId,
          prefix: "library",
        }),
        durationSeconds: null,
        pageCount: await countPdfPages(file),
      })),
    ];
  }
  const colours: [string, string][] = [
    ["#9fd3f0", "#2f7d4a"],
    ["#f3c98b", "#6b4f2a"],
    ["#c7b8ea", "#3d5a80"],
  ];
  const made: Made[] = [];
  for (const [sky, hills] of colours) {
    made.push(
      await withTempFile(await demoPicture(sky, hills, 800, 450), async (file) => ({
        media: await saveImageFile({ path: file, originalName: "demo.jpg", actorId, prefix: "library/img" }),
        durationSeconds: null,
        pageCount: null,
      })),
    );
  }
  return made;
}

/** The demo library items, published. Idempotent: an item whose Vietnamese title exists is left alone. */
export async function seedDemoLibrary(db: PrismaClient): Promise<void> {
  const official = await db.user.findUnique({ where: { email: "official@demo.local" }, select: { id: true } });
  const groups = new Map((await db.ethnicGroup.findMany({ select: { id: true, slug: true } })).map((g) => [g.slug, g.id]));
  const now = Date.now();
  for (const [index, item] of ITEMS.entries()) {
    if (await db.libraryItemTranslation.count({ where: { locale: "vi", title: item.vi.title } })) continue;
    const files = await makeFiles(item, index, official?.id ?? null);
    await db.$transaction(async (tx) => {
      const created = await tx.libraryItem.create({
        data: {
          type: item.type,
          topic: item.topic,
          access: item.community ? "COMMUNITY" : "PUBLIC",
          accessNote: item.community ?? null,
          state: "PUBLISHED",
          itemLanguages: item.langs,
          source: DEMO_SOURCE,
          year: 2026,
          licence: "Dữ liệu mẫu, không có bản quyền.",
          isDemo: true,
          publishedAt: new Date(now - (index + 1) * 3_600_000),
          authorId: official?.id ?? null,
          groups: { connect: item.groups.filter((slug) => groups.has(slug)).map((slug) => ({ id: groups.get(slug)! })) },
          translations: { create: [{ locale: "vi", ...item.vi }, ...(item.en ? [{ locale: "en", ...item.en }] : [])] },
        },
      });
      for (const [order, file] of files.entries()) {
        const media = await tx.mediaFile.create({ data: file.media });
        await tx.libraryFile.create({
          data: {
            itemId: created.id,
            mediaId: media.id,
            durationSeconds: file.durationSeconds,
            pageCount: file.pageCount,
            sortOrder: order,
            caption: item.type === "IMAGES" ? "Ảnh mẫu: tranh phong cảnh tạo tự động" : null,
          },
        });
      }
    });
  }
}
