import "server-only";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { chooseSlug } from "@/lib/text/slug";
import { snapshotOf } from "./snapshot";

/** Who changes an article, and from where (for the audit row). */

/** An article with its translations, inside a transaction; a deleted one is not found. */
export async function loadArticle(tx: Tx, id: string) {
  const article = await tx.article.findUnique({ where: { id }, include: { translations: { orderBy: { locale: "asc" } } } });
  if (!article || article.deletedAt) throw new AppError("notFound", "form.notFound");
  return article;
}

/**
 * Keeps a revision when the published text differs from the last one kept. A change after
 * the first publication needs a note (what changed and why), shown on the public page.
 * Returns the revision number, or null when nothing changed.
 */
export async function keepRevision(
  tx: Tx,
  articleId: string,
  note: string | null,
  actorId: string,
  noteField = "changeNote",
): Promise<number | null> {
  const article = await tx.article.findUniqueOrThrow({ where: { id: articleId }, include: { translations: true } });
  const snapshot = snapshotOf(article.translations);
  const last = await tx.articleRevision.findFirst({ where: { articleId }, orderBy: { number: "desc" } });
  if (last && JSON.stringify(last.snapshot) === JSON.stringify(snapshot)) return null;
  if (last && !note) throw new AppError("invalid", "article.changeNoteRequired", undefined, noteField);
  const number = (last?.number ?? 0) + 1;
  await tx.articleRevision.create({ data: { articleId, number, note, snapshot, actorId } });
  return number;
}

/**
 * The slug to store: the one typed (refused if another article or language has it) or one made
 * from the title (made unique with -2, -3…).
 */
export async function chooseArticleSlug(
  tx: Tx,
  input: { slug: string | null; title: string; current?: string; translationId?: string },
): Promise<string> {
  const taken = async (slug: string) =>
    (await tx.articleTranslation.count({ where: { slug, id: input.translationId ? { not: input.translationId } : undefined } })) > 0;
  return chooseSlug(
    taken,
    { slug: input.slug, name: input.title, current: input.current },
    { fallback: "bai-viet", takenMessage: "article.slugTaken" },
  );
}

/** A topic id that belongs to the article's kind, or an error on its field. */
export async function assertTopic(tx: Tx, topicId: string | null, kind: string): Promise<void> {
  if (!topicId) return;
  const topic = await tx.articleTopic.findUnique({ where: { id: topicId }, select: { kind: true } });
  if (!topic || topic.kind !== kind) throw new AppError("invalid", "article.topicInvalid", undefined, "topicId");
}
