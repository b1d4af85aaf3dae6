import "server-only";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";

/**
 * A commune id given to another domain's change (a user's, an article's, a question's…) names a
 * commune — not a village nor the province — or the change fails with `invalid` on its field.
 * Run inside the change's transaction. No id: nothing to check (the schema decides if one is
 * required). `message` and `field` are the form's: each domain words the problem its own way.
 */
export async function assertCommune(
  tx: Tx,
  communeId: string | null | undefined,
  { message = "commune.invalid", field = "communeId" }: { message?: string; field?: string } = {},
): Promise<void> {
  if (!communeId) return;
  if (!(await tx.adminUnit.count({ where: { id: communeId, level: "COMMUNE" } }))) throw new AppError("invalid", message, undefined, field);
}
