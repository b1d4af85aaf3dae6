import { articlePageKey, articlePageKeys } from "@/lib/articles/page-keys";
import type { Tx } from "@/lib/db";

/**
 * The public pages a legal document change may alter, as the front server's page keys
 * (scripts/lib/page-html.mjs, pageKeys): the document pages (`documents`: a few hundred at
 * most, and each names the documents it replaces or is replaced by), search, and the pages of
 * the articles citing it (they show its number and title). Every other page stays stored.
 */
export async function documentPageKeysOf(tx: Pick<Tx, "articleLegalDocument">, id: string): Promise<string[]> {
  const citing = await tx.articleLegalDocument.findMany({ where: { documentId: id }, select: { articleId: true } });
  return ["documents", "search", ...citing.map(({ articleId }) => articlePageKey(articleId))];
}

/** After an article's cited documents change: the article's pages and the document pages (they list the articles explaining them). */
export function articleDocumentsPageKeys(articleId: string): string[] {
  return [...articlePageKeys(articleId), "documents"];
}
