import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { snapshotOf } from "@/lib/articles/snapshot";
import { saveAudioFile, saveImageFile } from "@/lib/storage/media";
import { slugify } from "@/lib/text/slug";
import { DEMO_ARTICLES, DEMO_NOTE_EN, DEMO_NOTE_VI, DEMO_TOPICS, type DemoArticle } from "./article-texts";
import { demoPicture, silentMp3 } from "./demo-media";

const DAY = 24 * 60 * 60 * 1000;

/** Writes a buffer to a temporary file (the storage module stores files, as uploads are). */
async function withTempFile<T>(data: Buffer, fn: (file: string) => Promise<T>): Promise<T> {
  const file = path.join(os.tmpdir(), `portal-seed-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}`);
  await fs.promises.writeFile(file, data);
  try {
    return await fn(file);
  } finally {
    await fs.promises.rm(file, { force: true });
  }
}

function timing(demo: DemoArticle, now: number) {
  const publishAt = demo.state === "SCHEDULED" ? new Date(now + 3 * DAY) : new Date(now - demo.daysAgo * DAY);
  switch (demo.state) {
    case "DRAFT":
    case "IN_REVIEW":
      return { state: demo.state, publishAt: null, firstPublishedAt: null };
    case "SCHEDULED":
      return { state: "PUBLISHED" as const, publishAt, firstPublishedAt: publishAt };
    case "WITHDRAWN":
      return {
        state: "WITHDRAWN" as const,
        publishAt,
        firstPublishedAt: publishAt,
        withdrawnAt: new Date(now - DAY),
        withdrawalReason: "Quy định về thủ tục đã thay đổi; bài mới sẽ được đăng thay thế.",
      };
    default:
      return { state: "PUBLISHED" as const, publishAt, firstPublishedAt: publishAt };
  }
}

/**
 * Demo topics and articles (prisma/seed/article-texts.ts), with generated covers and silent
 * placeholder recordings. Idempotent: an article whose Vietnamese address exists is left alone.
 */
export async function seedDemoArticles(db: PrismaClient): Promise<void> {
  const topics = new Map<string, string>();
  for (const [index, topic] of DEMO_TOPICS.entries()) {
    const row = await db.articleTopic.upsert({
      where: { kind_slug: { kind: topic.kind, slug: slugify(topic.name) } },
      update: {},
      create: { kind: topic.kind, slug: slugify(topic.name), name: topic.name, nameEn: topic.nameEn, sortOrder: index },
    });
    topics.set(`${topic.kind}:${topic.name}`, row.id);
  }
  const official = await db.user.findUnique({ where: { email: "official@demo.local" }, select: { id: true } });
  const cadre = await db.user.findUnique({ where: { email: "cadre.minhdan@demo.local" }, select: { id: true } });
  const now = Date.now();

  for (const demo of DEMO_ARTICLES) {
    const slug = slugify(demo.vi.title);
    if (await db.articleTranslation.count({ where: { slug } })) continue;
    const commune = demo.commune ? await db.adminUnit.findUnique({ where: { slug: demo.commune }, select: { id: true } }) : null;
    const authorId = (demo.commune === "minh-dan" ? cadre?.id : official?.id) ?? null;
    const cover = demo.cover
      ? await withTempFile(await demoPicture(...demo.cover), (file) =>
          saveImageFile({ path: file, originalName: "demo.jpg", actorId: authorId }),
        )
      : null;
    const audio = demo.audio
      ? await withTempFile(silentMp3(3), (file) =>
          saveAudioFile({
            path: file,
            type: { kind: "audio", mime: "audio/mpeg", ext: "mp3" },
            originalName: "demo.mp3",
            actorId: authorId,
          }),
        )
      : null;
    const translations = [
      { locale: "vi", ...demo.vi, body: demo.vi.body + DEMO_NOTE_VI, slug },
      ...(demo.en
        ? [
            {
              locale: "en",
              ...demo.en,
              body: demo.en.body + DEMO_NOTE_EN,
              slug: slugify(demo.en.title),
              translator: "Ban Dân tộc tỉnh (bản mẫu)",
            },
          ]
        : []),
    ];
    const when = timing(demo, now);
    await db.$transaction(async (tx) => {
      const coverRow = cover ? await tx.mediaFile.create({ data: cover }) : null;
      const audioRow = audio ? await tx.mediaFile.create({ data: audio }) : null;
      const article = await tx.article.create({
        data: {
          kind: demo.kind,
          topicId: topics.get(`${demo.kind}:${demo.topic}`) ?? null,
          communeId: commune?.id ?? null,
          coverId: coverRow?.id ?? null,
          coverAlt: cover ? "Tranh minh họa: đồi núi và mặt trời (ảnh mẫu)" : null,
          authorId,
          ...when,
          createdAt: new Date(now - (demo.daysAgo + 1) * DAY),
          translations: { create: translations.map((tr) => ({ ...tr, audioId: tr.locale === "vi" ? (audioRow?.id ?? null) : null })) },
        },
      });
      if (when.firstPublishedAt) {
        await tx.articleRevision.create({
          data: {
            articleId: article.id,
            number: 1,
            note: null,
            snapshot: snapshotOf(translations),
            actorId: official?.id ?? null,
            createdAt: when.firstPublishedAt,
          },
        });
      }
    });
  }
}
