import type { Tx } from "@/lib/db";
import { communePageKey } from "@/lib/units/page-keys";

/**
 * The public pages a forum question change may alter, as the front server's page keys
 * (scripts/lib/page-html.mjs, pageKeys): the question's own page in every language (it names
 * `question:<number>`, its public address), a stored 404 at an address it may now fill, the
 * forum lists, its commune's page (latest answers) and search. Every other page — other
 * questions, other communes, articles, products, notices — stays stored.
 */
export function questionPageKey(number: number): string {
  return `question:${number}`;
}

export function questionPageKeys(question: { number: number; communeId: string }): string[] {
  return [questionPageKey(question.number), "section:forum", "missing:forum", "search", communePageKey(question.communeId)];
}

/**
 * The keys of a question as stored, with the question it was merged into (whose page now lists
 * it). Taken before and after a step, a step that moves a question to another commune purges both.
 */
export async function questionPageKeysOf(tx: Pick<Tx, "forumQuestion">, id: string): Promise<string[]> {
  const question = await tx.forumQuestion.findUnique({
    where: { id },
    select: { number: true, communeId: true, mergedInto: { select: { number: true, communeId: true } } },
  });
  if (!question) return [];
  return [...new Set([...questionPageKeys(question), ...(question.mergedInto ? questionPageKeys(question.mergedInto) : [])])];
}
