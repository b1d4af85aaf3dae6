import "server-only";
import { languageAllows } from "@/lib/auth/permissions";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";

/**
 * The actor as they are now (role, commune, languages), read inside the transaction that
 * writes: a language taken off their profile a second ago no longer counts, whatever the page
 * showed. Throws `forbidden` unless `languageAllows` (lib/auth/permissions.ts).
 */
export async function assertLanguage(tx: Tx, actorId: string, action: "translations.suggest" | "translations.approve", locale: string) {
  const actor = await tx.user.findUnique({
    where: { id: actorId },
    select: { id: true, name: true, role: true, communeId: true, active: true, translatesInto: true, reviewsIn: true },
  });
  if (!actor?.active || !languageAllows(actor, action, locale)) throw new AppError("forbidden", "form.forbidden");
  return actor;
}

/** Nobody approves their own suggestion: a second speaker reads every text before it goes live. */
export function assertNotAuthor(authorId: string | null, actorId: string): void {
  if (authorId === actorId) throw new AppError("forbidden", "translations.ownSuggestion");
}
