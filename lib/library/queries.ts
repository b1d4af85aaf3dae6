import "server-only";
import { unstable_cache } from "next/cache";
import { db } from "@/lib/db";
import { sitemapSource } from "@/lib/sitemap/source";
import type { Prisma } from "@/lib/generated/prisma/client";
import { MINORITY_LOCALES, type Locale } from "@/lib/i18n/config";
import type { TLibraryFilters } from "./schema";
import { matchLibraryItems } from "./search";
import { LIBRARY_TAG } from "./tags";

export const LIBRARY_PAGE_SIZE = 20;

const fileSelect = {
  id: true,
  durationSeconds: true,
  pageCount: true,
  caption: true,
  sortOrder: true,
  media: { select: { storageKey: true, mimeType: true, size: true, width: true, height: true, variants: true, kind: true } },
} satisfies Prisma.LibraryFileSelect;

const cardSelect = {
  id: true,
  type: true,
  topic: true,
  access: true,
  itemLanguages: true,
  year: true,
  isDemo: true,
  publishedAt: true,
  translations: { select: { locale: true, title: true, description: true } },
  files: { select: fileSelect, orderBy: { sortOrder: "asc" } },
  groups: { select: { slug: true, name: true, translations: { select: { locale: true, name: true } } } },
} satisfies Prisma.LibraryItemSelect;

type CardRow = Prisma.LibraryItemGetPayload<{ select: typeof cardSelect }>;

/** What a card shows: total size, length or pages, the first picture. Cached as JSON. */
function toCard(row: CardRow) {
  return {
    ...row,
    publishedAt: (row.publishedAt ?? new Date(0)).toISOString(),
    totalSize: row.files.reduce((sum, file) => sum + file.media.size, 0),
    durationSeconds: row.files.find((file) => file.durationSeconds)?.durationSeconds ?? null,
    pageCount: row.files.find((file) => file.pageCount)?.pageCount ?? null,
  };
}
export type LibraryCard = ReturnType<typeof toCard>;

/**
 * A page of published items, newest first, filtered by type, topic, ethnic group (slug), item
 * language and a search (accent-insensitive, ranked: then best match first).
 */
export async function listLibraryItemsNow(filters: TLibraryFilters, locale: Locale) {
  const matched = filters.q ? await matchLibraryItems(filters.q, locale, 500) : null;
  const where: Prisma.LibraryItemWhereInput = {
    state: "PUBLISHED",
    type: filters.type,
    topic: filters.topic,
    groups: filters.group ? { some: { slug: filters.group } } : undefined,
    itemLanguages: filters.lang ? { has: filters.lang } : undefined,
    id: matched ? { in: matched.map((row) => row.itemId) } : undefined,
  };
  if (!matched && MINORITY_LOCALES.includes(locale)) return listInLanguageFirst(where, filters.page, locale);
  const [total, rows] = await Promise.all([
    db.libraryItem.count({ where }),
    db.libraryItem.findMany({
      where,
      select: cardSelect,
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      ...(matched ? {} : { skip: (filters.page - 1) * LIBRARY_PAGE_SIZE, take: LIBRARY_PAGE_SIZE }),
    }),
  ]);
  let items = rows;
  if (matched) {
    const order = new Map(matched.map((row, index) => [row.itemId, index]));
    items = [...rows]
      .sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0))
      .slice((filters.page - 1) * LIBRARY_PAGE_SIZE, filters.page * LIBRARY_PAGE_SIZE);
  }
  return { total, items: items.map(toCard), pageCount: Math.max(1, Math.ceil(total / LIBRARY_PAGE_SIZE)) };
}

/**
 * In a minority language, the items in that language (an item language, or a translation
 * approved in the workbench) come first, each group newest first; pages run across both.
 */
async function listInLanguageFirst(where: Prisma.LibraryItemWhereInput, page: number, locale: Locale) {
  const inLanguage: Prisma.LibraryItemWhereInput = { OR: [{ itemLanguages: { has: locale } }, { translations: { some: { locale } } }] };
  const mine = { AND: [where, inLanguage] };
  const rest = { AND: [where, { NOT: inLanguage }] };
  const [mineCount, restCount] = await Promise.all([db.libraryItem.count({ where: mine }), db.libraryItem.count({ where: rest })]);
  const start = (page - 1) * LIBRARY_PAGE_SIZE;
  const orderBy = [{ publishedAt: "desc" as const }, { id: "desc" as const }];
  const first =
    start < mineCount
      ? await db.libraryItem.findMany({ where: mine, select: cardSelect, orderBy, skip: start, take: LIBRARY_PAGE_SIZE })
      : [];
  const more = LIBRARY_PAGE_SIZE - first.length;
  const second =
    more > 0
      ? await db.libraryItem.findMany({ where: rest, select: cardSelect, orderBy, skip: Math.max(0, start - mineCount), take: more })
      : [];
  const total = mineCount + restCount;
  return { total, items: [...first, ...second].map(toCard), pageCount: Math.max(1, Math.ceil(total / LIBRARY_PAGE_SIZE)) };
}

export const listLibraryItems = unstable_cache(listLibraryItemsNow, ["library-list"], { tags: [LIBRARY_TAG] });

/**
 * A published item as its public page shows it, or null. The files' addresses are listed even
 * for a COMMUNITY item: the media route refuses them to who may not read them. A transcript
 * is the recording's content, so it follows the files' access: a COMMUNITY item's is not here.
 */
export async function getPublicLibraryItemNow(id: string) {
  const row = await db.libraryItem.findFirst({
    where: { id, state: "PUBLISHED" },
    select: {
      ...cardSelect,
      accessNote: true,
      source: true,
      licence: true,
      updatedAt: true,
      translations: {
        select: {
          locale: true,
          title: true,
          description: true,
          transcript: true,
          audio: { select: { storageKey: true, mimeType: true, size: true } },
        },
      },
    },
  });
  if (!row) return null;
  const translations = row.access === "PUBLIC" ? row.translations : row.translations.map((tr) => ({ ...tr, transcript: null }));
  return {
    ...toCard(row),
    accessNote: row.accessNote,
    source: row.source,
    licence: row.licence,
    updatedAt: row.updatedAt.toISOString(),
    translations,
  };
}

export const getPublicLibraryItem = unstable_cache(getPublicLibraryItemNow, ["library-item"], { tags: [LIBRARY_TAG] });
export type PublicLibraryItem = NonNullable<Awaited<ReturnType<typeof getPublicLibraryItemNow>>>;

/** Ethnic groups that have published items, for the filter. */
export const listLibraryGroups = unstable_cache(
  async () =>
    db.ethnicGroup.findMany({
      where: { libraryItems: { some: { state: "PUBLISHED" } } },
      select: { slug: true, name: true, translations: { select: { locale: true, name: true } } },
      orderBy: { sortOrder: "asc" },
    }),
  ["library-groups"],
  { tags: [LIBRARY_TAG] },
);

/** Every published item, for the sitemap. */
export const sitemapLibrary = sitemapSource("library", LIBRARY_TAG, {
  count: () => db.libraryItem.count({ where: { state: "PUBLISHED" } }),
  page: async (_minute, skip, take) => {
    const rows = await db.libraryItem.findMany({
      where: { state: "PUBLISHED" },
      select: { id: true, updatedAt: true },
      orderBy: { id: "asc" },
      skip,
      take,
    });
    return rows.map((row) => ({ locale: "every", path: `library/${row.id}`, updatedAt: row.updatedAt.toISOString() }));
  },
});

/**
 * Who may read a stored file under "library/": the item it belongs to (by the file's key, or
 * the folder of an image's variants), or null when no item holds it.
 */
export async function libraryItemOfKey(key: string) {
  const folder = key.includes(".webp") ? key.slice(0, key.lastIndexOf("/")) : key;
  const media = await db.mediaFile.findFirst({
    where: { storageKey: { in: [key, folder] } },
    select: {
      originalName: true,
      libraryFile: { select: { item: { select: { id: true, state: true, access: true, authorId: true, accessNote: true } } } },
    },
  });
  const item = media?.libraryFile?.item;
  return item ? { ...item, originalName: media.originalName } : null;
}
