import "server-only";
import { db } from "@/lib/db";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/config";
import { localePath } from "@/lib/navigation";
import { searchWithNearMatch } from "@/lib/search/near";
import type { SearchProvider } from "@/lib/search/types";

type Row = { productId: string; locale: string; name: string; slug: string; description: string; updatedAt: Date; rank: number };

/**
 * Published products matching a query, accent-insensitively, as articles are searched: full
 * text over name, ingredients and description (the stored vector and its GIN index) in the
 * reader's language and in Vietnamese; when nothing matches, the same search with the query's
 * misspelt words replaced by their close words (lib/search/near.ts), as for articles.
 */
export const searchProducts: SearchProvider = async ({ query, locale, limit }) => {
  const rows = await searchWithNearMatch(
    query,
    (tsquery) => db.$queryRaw<Row[]>`
    SELECT t."productId", t.locale, t.name, t.slug, t.description, p."updatedAt",
           ts_rank(t."searchVector", q.query)::float8 AS rank
    FROM "ProductTranslation" t
    JOIN "Product" p ON p.id = t."productId"
    JOIN "Producer" m ON m.id = p."producerId",
         (SELECT ${tsquery} AS query) AS q
    WHERE p.published AND m.published
      AND t.locale IN (${locale}, ${DEFAULT_LOCALE})
      AND t."searchVector" @@ q.query
    ORDER BY rank DESC
    LIMIT ${limit * 2}`,
  );
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
