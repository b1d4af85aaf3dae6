import "server-only";
import { db, type Tx } from "@/lib/db";
import { localeOfPath } from "@/lib/i18n/languages.mjs";
import { SECTIONS } from "./states";

/**
 * The article slug a public path names (`/{locale}/news/{slug}`, `/{locale}/law/{slug}`), or
 * null for any other path (a product, a library item, the news feed…).
 */
export function articleSlugOfPath(path: string): string | null {
  const [, , section, slug, ...rest] = path.split("/");
  if (!localeOfPath(path) || rest.length || !section || !slug || !Object.hasOwn(SECTIONS, section)) return null;
  try {
    return decodeURIComponent(slug);
  } catch {
    return null;
  }
}

/**
 * Adds the reads the front server counted (path → reads, scripts/lib/read-counter.mjs) to each
 * article's count, in one statement whatever the number of paths: paths are matched to
 * articles by their slug (unique across articles and languages), unknown ones are ignored.
 * Returns how many articles were counted.
 */
export async function addArticleReads(counts: Record<string, number>, client: Tx | typeof db = db): Promise<number> {
  const bySlug = new Map<string, number>();
  for (const [path, n] of Object.entries(counts)) {
    const slug = articleSlugOfPath(path);
    if (slug && Number.isSafeInteger(n) && n > 0) bySlug.set(slug, (bySlug.get(slug) ?? 0) + n);
  }
  if (bySlug.size === 0) return 0;
  return client.$executeRaw`
    INSERT INTO "ArticleRead" ("articleId", "count", "updatedAt")
    SELECT t."articleId", SUM(x.n)::int, now()
    FROM unnest(${[...bySlug.keys()]}::text[], ${[...bySlug.values()]}::int[]) AS x(slug, n)
    JOIN "ArticleTranslation" t ON t."slug" = x.slug
    GROUP BY t."articleId"
    ON CONFLICT ("articleId") DO UPDATE SET "count" = "ArticleRead"."count" + EXCLUDED."count", "updatedAt" = EXCLUDED."updatedAt"`;
}
