import { can, type Actor } from "@/lib/auth/permissions";
import { articleResource } from "@/lib/articles/policy";
import type { ArticleKind } from "@/lib/generated/prisma/enums";

/**
 * Who may say which legal documents an article explains: whoever may edit the article, for
 * policy and law articles (a commune update cites no document).
 */
export function canEditArticleDocuments(actor: Actor, article: { kind: ArticleKind; communeId: string | null }): boolean {
  return article.kind !== "COMMUNE_UPDATE" && can(actor, "articles.edit", articleResource(article));
}
