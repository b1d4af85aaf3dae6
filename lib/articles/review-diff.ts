import "server-only";
import { db } from "@/lib/db";
import { diffLines, hasChanges, type DiffLine } from "@/lib/text/diff";

type Text = { locale: string; title: string; summary: string; body: string };

/**
 * What changed in an article's text since the reviewer last decided on it (returned or
 * published it): per language, a diff of title, summary and body. Null when this reviewer has
 * not seen it before; an empty list when nothing changed.
 */
export async function reviewDiff(
  articleId: string,
  userId: string,
  current: Text[],
): Promise<{ seenAt: Date; changes: { locale: string; field: "title" | "summary" | "body"; lines: DiffLine[] }[] } | null> {
  const seen = await db.articleReviewView.findUnique({ where: { articleId_userId: { articleId, userId } } });
  if (!seen) return null;
  const before = (Array.isArray(seen.snapshot) ? seen.snapshot : []) as Text[];
  const locales = [...new Set([...before.map((tr) => tr.locale), ...current.map((tr) => tr.locale)])].sort();
  const changes = [];
  for (const locale of locales) {
    const old = before.find((tr) => tr.locale === locale);
    const now = current.find((tr) => tr.locale === locale);
    for (const field of ["title", "summary", "body"] as const) {
      const lines = diffLines(old?.[field] ?? "", now?.[field] ?? "");
      if (hasChanges(lines)) changes.push({ locale, field, lines });
    }
  }
  return { seenAt: seen.seenAt, changes };
}
