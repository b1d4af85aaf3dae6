import "server-only";
import { unstable_cache } from "next/cache";
import { db } from "@/lib/db";
import type { TranslatableKind } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/config";
import { wordCount } from "./checks";
import { CONTENT_FIELDS, TRANSLATABLE_KINDS, fieldsHash, loadSource, type ContentFields } from "./content";
import { fileTranslation, sourceStrings, type SourceString } from "./sources";
import { TRANSLATIONS_TAG } from "./tags";

export const STRING_STATES = ["missing", "suggested", "approved", "needsReview"] as const;
export type StringState = (typeof STRING_STATES)[number];

export type StringRow = SourceString & {
  state: StringState;
  /** The live text (approved, or the locales/ file's). */
  live: string | null;
  suggestion: { text: string; authorId: string | null; authorName: string | null } | null;
};

/** Every interface string in `locale` with its state, in file order. */
export async function listStringStates(locale: Locale): Promise<StringRow[]> {
  const rows = await db.stringTranslation.findMany({ where: { locale } });
  const authors = await db.user.findMany({
    where: { id: { in: [...new Set(rows.map((r) => r.authorId).filter((id): id is string => !!id))] } },
    select: { id: true, name: true },
  });
  const nameOf = new Map(authors.map((a) => [a.id, a.name]));
  const byKey = new Map(rows.map((row) => [`${row.namespace}:${row.key}`, row]));
  return sourceStrings().map((source) => {
    const row = byKey.get(`${source.namespace}:${source.key}`);
    const file = fileTranslation(locale, source.namespace, source.key);
    const live = row?.approvedText ?? file;
    const suggestion =
      row?.state === "SUGGESTED"
        ? { text: row.text, authorId: row.authorId, authorName: row.authorId ? (nameOf.get(row.authorId) ?? null) : null }
        : null;
    let state: StringState = live ? "approved" : "missing";
    if (suggestion) state = "suggested";
    else if (row?.state === "APPROVED" && row.approvedSourceHash !== source.hash) state = "needsReview";
    return { ...source, state, live, suggestion };
  });
}

export type StringFilters = { namespace?: string; state?: StringState; q?: string };

/** The strings matching the filters (section, state, text in the source, English or translation). */
export function filterStrings(rows: StringRow[], filters: StringFilters): StringRow[] {
  const q = filters.q?.normalize("NFC").toLocaleLowerCase("vi").trim();
  return rows.filter(
    (row) =>
      (!filters.namespace || row.namespace === filters.namespace) &&
      (!filters.state || row.state === filters.state) &&
      (!q ||
        [row.key, row.source, row.english ?? "", row.live ?? "", row.suggestion?.text ?? ""].some((text) =>
          text.toLocaleLowerCase("vi").includes(q),
        )),
  );
}

/** Coverage of a language: interface strings with a live text, and content with an approved translation. */
export const getCoverage = unstable_cache(
  async (locale: string) => {
    const sources = sourceStrings();
    const approved = await db.stringTranslation.count({ where: { locale, approvedText: { not: null } } });
    const fromFiles = sources.filter((s) => fileTranslation(locale as Locale, s.namespace, s.key)).length;
    const content = await db.contentTranslation.groupBy({ by: ["entityType"], where: { locale, state: "APPROVED" }, _count: true });
    const totals = await contentTotals();
    return {
      strings: { done: Math.min(sources.length, approved + fromFiles), total: sources.length },
      content: TRANSLATABLE_KINDS.map((kind) => ({
        kind,
        done: content.find((c) => c.entityType === kind)?._count ?? 0,
        total: totals[kind],
      })),
    };
  },
  ["translation-coverage"],
  { tags: [TRANSLATIONS_TAG], revalidate: 300 },
);

async function contentTotals(): Promise<Record<TranslatableKind, number>> {
  const now = new Date();
  const [ARTICLE, NOTICE, PRODUCT, LIBRARY_ITEM] = await Promise.all([
    db.article.count({ where: { state: "PUBLISHED", publishAt: { lte: now }, deletedAt: null } }),
    db.notice.count({ where: { state: "ISSUED", expiresAt: { gt: now } } }),
    db.product.count({ where: { published: true } }),
    db.libraryItem.count({ where: { state: "PUBLISHED" } }),
  ]);
  return { ARTICLE, NOTICE, PRODUCT, LIBRARY_ITEM };
}

/** Published articles, most read first (an article never read counts 0), newest among equals. */
async function mostReadArticles(now: Date, limit: number) {
  const order = await db.$queryRaw<{ id: string }[]>`
    SELECT a."id" FROM "Article" a LEFT JOIN "ArticleRead" r ON r."articleId" = a."id"
    WHERE a."state" = 'PUBLISHED' AND a."publishAt" <= ${now} AND a."deletedAt" IS NULL
    ORDER BY COALESCE(r."count", 0) DESC, a."publishAt" DESC, a."id"
    LIMIT ${limit}`;
  const rows = await db.article.findMany({
    where: { id: { in: order.map((row) => row.id) } },
    select: { id: true, translations: { where: { locale: "vi" } } },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return order.flatMap((row) => byId.get(row.id) ?? []);
}

export type QueueItem = {
  kind: TranslatableKind;
  id: string;
  title: string;
  words: number;
  status: "missing" | "suggested" | "outdated";
  sourceUpdatedAt: string;
};

const SEVERITY_ORDER = ["EXTREME", "SEVERE", "MODERATE", "MINOR"];

/**
 * Published content without an up-to-date approved translation in `locale`: active notices
 * first (most severe first), then articles (most read first, lib/articles/reads.ts; newest
 * first among equals), products, library items. Each with the words to translate.
 */
export async function translationQueue(locale: string, limit = 100): Promise<QueueItem[]> {
  const now = new Date();
  const vi = { where: { locale: "vi" } };
  const [notices, articles, products, items, existing] = await Promise.all([
    db.notice.findMany({
      where: { state: "ISSUED", expiresAt: { gt: now } },
      select: { id: true, severity: true, translations: vi },
      take: limit,
    }),
    mostReadArticles(now, limit),
    db.product.findMany({
      where: { published: true },
      select: { id: true, translations: vi },
      orderBy: { publishedAt: "desc" },
      take: limit,
    }),
    db.libraryItem.findMany({
      where: { state: "PUBLISHED" },
      select: { id: true, translations: vi },
      orderBy: { publishedAt: "desc" },
      take: limit,
    }),
    db.contentTranslation.findMany({
      where: { locale },
      select: { entityType: true, entityId: true, state: true, approvedSourceHash: true },
    }),
  ]);
  notices.sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity));
  const known = new Map(existing.map((row) => [`${row.entityType}:${row.entityId}`, row]));
  const queue: QueueItem[] = [];
  const add = (kind: TranslatableKind, id: string, vi: (Record<string, unknown> & { updatedAt: Date }) | undefined) => {
    if (!vi) return;
    const fields: ContentFields = Object.fromEntries(CONTENT_FIELDS[kind].map((f) => [f.name, String(vi[f.name] ?? "")]));
    const row = known.get(`${kind}:${id}`);
    let status: QueueItem["status"] = "missing";
    if (row?.state === "SUGGESTED") status = "suggested";
    else if (row?.state === "APPROVED") {
      if (row.approvedSourceHash === fieldsHash(kind, fields)) return;
      status = "outdated";
    }
    const title = fields[CONTENT_FIELDS[kind][0]!.name]!;
    const words = CONTENT_FIELDS[kind].reduce((sum, f) => sum + wordCount(fields[f.name] ?? ""), 0);
    queue.push({ kind, id, title, words, status, sourceUpdatedAt: vi.updatedAt.toISOString() });
  };
  for (const n of notices) add("NOTICE", n.id, n.translations[0]);
  for (const a of articles) add("ARTICLE", a.id, a.translations[0]);
  for (const p of products) add("PRODUCT", p.id, p.translations[0]);
  for (const l of items) add("LIBRARY_ITEM", l.id, l.translations[0]);
  return queue;
}

/** One item's source and its translation in `locale`, for the side-by-side editor. */
export async function getContentForEditor(kind: TranslatableKind, id: string, locale: string) {
  const source = await loadSource(kind, id);
  if (!source?.published) return null;
  const row = await db.contentTranslation.findUnique({
    where: { entityType_entityId_locale: { entityType: kind, entityId: id, locale } },
    include: { audio: { select: { storageKey: true, mimeType: true, size: true } } },
  });
  const author = row?.authorId ? await db.user.findUnique({ where: { id: row.authorId }, select: { name: true } }) : null;
  return {
    source,
    translation: row && {
      state: row.state,
      fields: row.fields as ContentFields,
      approvedFields: (row.approvedFields as ContentFields | null) ?? null,
      outdated: row.state === "APPROVED" && row.approvedSourceHash !== source.hash,
      authorId: row.authorId,
      authorName: author?.name ?? null,
      approvedAt: row.approvedAt?.toISOString() ?? null,
      audio: row.audio,
    },
  };
}

/**
 * For a public page in `locale`: when its approved translation is older than the Vietnamese
 * text (the hash differs), the date it was approved; otherwise null. `viFields` is the
 * Vietnamese text the page already loaded.
 */
export const getOutdatedSince = unstable_cache(
  async (kind: TranslatableKind, id: string, locale: string, viHash: string): Promise<string | null> => {
    const row = await db.contentTranslation.findUnique({
      where: { entityType_entityId_locale: { entityType: kind, entityId: id, locale } },
      select: { approvedSourceHash: true, approvedAt: true },
    });
    if (!row?.approvedAt || row.approvedSourceHash === viHash) return null;
    return row.approvedAt.toISOString();
  },
  ["translation-outdated"],
  { tags: [TRANSLATIONS_TAG] },
);
