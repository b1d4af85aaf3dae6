import { can, type Actor, type Resource } from "@/lib/auth/permissions";
import type { ArticleKind, ArticleState } from "@/lib/generated/prisma/enums";

type ArticleRef = { kind: ArticleKind; communeId: string | null };

/**
 * The resource an article is for permission checks: a commune update belongs to its commune;
 * every other kind is province-wide, even when it is about one commune. So a cadre, whose reach
 * is their own commune, can only ever touch commune updates of that commune.
 */
export function articleResource(article: ArticleRef): Resource {
  return { communeId: article.kind === "COMMUNE_UPDATE" ? article.communeId : null };
}

/**
 * Rules beyond the permission table for changing an article's content, media or settings.
 * A cadre edits only drafts (once submitted, it is the reviewer's); officials edit any article
 * that is not deleted. Returns the `errors` key of the broken rule, or null.
 */
export function editProblem(viewer: Actor, article: ArticleRef & { state: ArticleState; deletedAt: Date | null }): string | null {
  if (article.deletedAt) return "form.notFound";
  if (!can(viewer, "articles.edit", articleResource(article))) return "form.forbidden";
  if (!can(viewer, "articles.publish") && article.state !== "DRAFT") return "article.lockedForReview";
  return null;
}
