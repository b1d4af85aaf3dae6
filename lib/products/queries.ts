/* eslint-disable max-lines -- the showcase's public and back-office reads share one visibility rule (publicWhere) and card shape */
import "server-only";
import { unstable_cache } from "next/cache";
import { db } from "@/lib/db";
import { sitemapSource } from "@/lib/sitemap/source";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/config";
import { provinceMonth, validSince } from "./rating";
import type { TPublicProductFilters } from "./schema";
import { PRODUCTS_TAG } from "./tags";

export const PRODUCTS_PAGE_SIZE = 24;

/*
 * Cached reads return JSON: dates come back as ISO strings. Ratings expire and seasons turn
 * with the calendar, so the day (province time) is part of the key of every cached read that
 * filters on them; the expiry shown on a page is computed at render time (lib/products/rating.ts).
 */

/** Today in the province, "2026-11-28": part of the cache keys. */
export function currentDay(now = Date.now()): string {
  return new Date(now + 7 * 60 * 60 * 1000).toISOString().slice(0, 10);
}
const dayStart = (day: string) => new Date(`${day}T00:00:00+07:00`);

/** Public: the product and its producer are both published. */
export const publicWhere: Prisma.ProductWhereInput = { published: true, producer: { published: true } };

const coverSelect = {
  where: { isCover: true },
  take: 1,
  select: { alt: true, media: { select: { variants: true, width: true, height: true } } },
} satisfies Prisma.Product$photosArgs;

const cardSelect = {
  id: true,
  category: true,
  ocopStars: true,
  ocopDate: true,
  priceMin: true,
  priceMax: true,
  months: true,
  translations: { select: { locale: true, name: true, slug: true, unit: true } },
  producer: { select: { name: true, slug: true, commune: { select: { slug: true, fullName: true } } } },
  photos: coverSelect,
} satisfies Prisma.ProductSelect;

export type ProductCard = Prisma.ProductGetPayload<{ select: typeof cardSelect }>;

/** The `where` of the public list's filters at `now`. */
function filterWhere(filters: Omit<TPublicProductFilters, "page">, now: Date): Prisma.ProductWhereInput {
  return {
    AND: [
      publicWhere,
      filters.category ? { category: filters.category } : {},
      filters.commune ? { producer: { commune: { slug: filters.commune } } } : {},
      // Only a rating still valid counts: an expired 4-star product is not a 4-star product.
      filters.stars ? { ocopStars: filters.stars, ocopDate: { gt: validSince(now) } } : {},
      filters.season ? { OR: [{ months: { isEmpty: true } }, { months: { has: provinceMonth(now) } }] } : {},
    ],
  };
}

/** How many products a filtered list holds (its page count). */
function countProductsAt(filters: Omit<TPublicProductFilters, "page">, day: string) {
  return db.product.count({ where: filterWhere(filters, dayStart(day)) });
}

/** One page of the filtered list, newest first. */
function listProductPageAt(filters: TPublicProductFilters, day: string) {
  return db.product.findMany({
    where: filterWhere(filters, dayStart(day)),
    select: cardSelect,
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    skip: (filters.page - 1) * PRODUCTS_PAGE_SIZE,
    take: PRODUCTS_PAGE_SIZE,
  });
}

/*
 * The count is cached apart from the pages: every page of a list shares it, so a page not yet
 * stored costs its page's query only, not also a count of the 10,000 products (joined to their
 * producers) that is the same for all of them. As the news and forum lists do.
 */
const countPublicProducts = unstable_cache(countProductsAt, ["products-count"], { tags: [PRODUCTS_TAG] });
const listPublicProductPage = unstable_cache(listProductPageAt, ["products-page"], { tags: [PRODUCTS_TAG] });

/** A page of the public product grid, filtered by category, commune, stars and season. */
export async function listPublicProducts(filters: TPublicProductFilters, day: string) {
  const { page: _page, ...listFilters } = filters;
  const [total, items] = await Promise.all([countPublicProducts(listFilters, day), listPublicProductPage(filters, day)]);
  return { total, items, pageCount: Math.max(1, Math.ceil(total / PRODUCTS_PAGE_SIZE)) };
}

const producerCardSelect = {
  id: true,
  slug: true,
  name: true,
  kind: true,
  isDemo: true,
  commune: { select: { slug: true, fullName: true } },
  photos: {
    orderBy: { sortOrder: "asc" },
    take: 1,
    select: { alt: true, media: { select: { variants: true, width: true, height: true } } },
  },
} satisfies Prisma.ProducerSelect;

/** A producer's own page and a product's page show the same about the producer: its card, story and contacts. */
const producerDetailSelect = {
  ...producerCardSelect,
  story: true,
  storyEn: true,
  phone: true,
  zalo: true,
  address: true,
  website: true,
  latitude: true,
  longitude: true,
  village: { select: { fullName: true } },
} satisfies Prisma.ProducerSelect;

/** A published product by its address in any language, with its photos and producer. */
export const getPublicProduct = unstable_cache(
  async (slug: string) => {
    const product = await db.product.findFirst({
      where: { ...publicWhere, translations: { some: { slug } } },
      select: {
        ...cardSelect,
        traceUrl: true,
        ocopDecision: true,
        isDemo: true,
        updatedAt: true,
        translations: {
          select: {
            locale: true,
            name: true,
            slug: true,
            unit: true,
            description: true,
            ingredients: true,
            process: true,
            audio: { select: { storageKey: true, mimeType: true, size: true } },
          },
        },
        photos: {
          orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }],
          select: { id: true, alt: true, isCover: true, media: { select: { variants: true, width: true, height: true } } },
        },
        producer: { select: producerDetailSelect },
      },
    });
    return product;
  },
  ["product-by-slug"],
  { tags: [PRODUCTS_TAG] },
);
export type PublicProduct = NonNullable<Awaited<ReturnType<typeof getPublicProduct>>>;

/** A published producer with its published products. */
export const getPublicProducer = unstable_cache(
  async (slug: string) =>
    db.producer.findFirst({
      where: { slug, published: true },
      select: {
        ...producerDetailSelect,
        ethnicGroups: { select: { name: true, translations: { select: { locale: true, name: true } } }, orderBy: { sortOrder: "asc" } },
        photos: {
          orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }],
          select: { id: true, alt: true, media: { select: { variants: true, width: true, height: true } } },
        },
        products: { where: { published: true }, select: cardSelect, orderBy: [{ publishedAt: "desc" }, { id: "desc" }] },
      },
    }),
  ["producer-by-slug"],
  { tags: [PRODUCTS_TAG] },
);
export type PublicProducer = NonNullable<Awaited<ReturnType<typeof getPublicProducer>>>;

/** A commune's published producers and products, for its page. */
export const listCommuneShowcase = unstable_cache(
  async (communeSlug: string, limit: number) => {
    const [producers, products, productCount] = await Promise.all([
      db.producer.findMany({
        where: { published: true, commune: { slug: communeSlug } },
        select: producerCardSelect,
        orderBy: { name: "asc" },
      }),
      db.product.findMany({
        where: { ...publicWhere, producer: { published: true, commune: { slug: communeSlug } } },
        select: cardSelect,
        orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
        take: limit,
      }),
      db.product.count({ where: { ...publicWhere, producer: { published: true, commune: { slug: communeSlug } } } }),
    ]);
    return { producers, products, productCount };
  },
  ["commune-showcase"],
  { tags: [PRODUCTS_TAG] },
);

/** The communes that have published products, for the filter. */
export const listProductCommunes = unstable_cache(
  async () =>
    db.adminUnit.findMany({
      where: { level: "COMMUNE", producers: { some: { published: true, products: { some: { published: true } } } } },
      select: { slug: true, fullName: true },
      orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    }),
  ["product-communes"],
  { tags: [PRODUCTS_TAG] },
);

/** Every public product and producer address, for the sitemap. */
export const sitemapProducts = sitemapSource("products", PRODUCTS_TAG, {
  count: () => db.product.count({ where: publicWhere }),
  page: async (_minute, skip, take) => {
    const rows = await db.product.findMany({
      where: publicWhere,
      select: { updatedAt: true, translations: { select: { locale: true, slug: true } } },
      orderBy: { id: "asc" },
      skip,
      take,
    });
    return rows.flatMap((row) =>
      row.translations.map((tr) => ({ locale: tr.locale as Locale, path: `products/${tr.slug}`, updatedAt: row.updatedAt.toISOString() })),
    );
  },
});

/** A producer's story exists in Vietnamese and English only. */
export const sitemapProducers = sitemapSource("producers", PRODUCTS_TAG, {
  count: () => db.producer.count({ where: { published: true } }),
  page: async (_minute, skip, take) => {
    const rows = await db.producer.findMany({
      where: { published: true },
      select: { slug: true, updatedAt: true },
      orderBy: { id: "asc" },
      skip,
      take,
    });
    return rows.flatMap((row) =>
      (["vi", "en"] as const).map((locale) => ({ locale, path: `producers/${row.slug}`, updatedAt: row.updatedAt.toISOString() })),
    );
  },
});
