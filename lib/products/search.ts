import "server-only";
import { db } from "@/lib/db";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/config";
import { localePath } from "@/lib/navigation";
import type { SearchProvider } from "@/lib/search/types";

type Row = { productId: string; locale: string; name: string; slug: string; description: string; updatedAt: Date; rank: number };

/**
 * Published products matching a query, accent-insensitively, as articles are searched: full
 * text over name, ingredients and description (the GIN index of the products migration) in the
 * reader's language and in Vietnamese; near matches of names when nothing matches (the query
 * against the closest run of whole words, as for article titles).
 */
export const searchProducts: SearchProvider = async ({ query, locale, limit }) => {
  let rows = await db.$queryRaw<Row[]>`
    SELECT t."productId", t.locale, t.name, t.slug, t.description, p."updatedAt",
           ts_rank(article_search_vector(t.name, t.ingredients, t.description), q.query)::float8 AS rank
    FROM "ProductTranslation" t
    JOIN "Product" p ON p.id = t."productId"
    JOIN "Producer" m ON m.id = p."producerId",
         websearch_to_tsquery('simple'::regconfig, portal_unaccent(lower(${query}))) AS q(query)
    WHERE p.published AND m.published
      AND t.locale IN (${locale}, ${DEFAULT_LOCALE})
      AND article_search_vector(t.name, t.ingredients, t.description) @@ q.query
    ORDER BY rank DESC
    LIMIT ${limit * 2}`;
  if (rows.length === 0) {
    rows = await db.$queryRaw<Row[]>`
      SELECT t."productId", t.locale, t.name, t.slug, t.description, p."updatedAt",
             (strict_word_similarity(portal_unaccent(lower(${query})), portal_unaccent(lower(t.name))) / 10)::float8 AS rank
      FROM "ProductTranslation" t
      JOIN "Product" p ON p.id = t."productId"
      JOIN "Producer" m ON m.id = p."producerId"
      WHERE p.published AND m.published
        AND t.locale IN (${locale}, ${DEFAULT_LOCALE})
        AND portal_unaccent(lower(${query})) <<% portal_unaccent(lower(t.name))
      ORDER BY rank DESC
      LIMIT ${limit}`;
  }
  const best = new Map<string, Row>();
  for (const row of rows) {
    const seen = best.get(row.productId);
    if (!seen || (row.locale === locale && seen.locale !== locale)) best.set(row.productId, row);
  }
  return [...best.values()].slice(0, limit).map((row) => ({
    type: "product",
    id: row.productId,
    title: row.name,
    text: row.description,
    url: localePath(locale, `products/${row.slug}`),
    date: row.updatedAt.toISOString(),
    lang: row.locale as Locale,
    rank: row.rank,
  }));
};
