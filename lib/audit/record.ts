import type { Actor } from "@/lib/auth/permissions";
import type { Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * What every back-office mutation is given besides its input: who does it (their role and
 * commune, which the mutation checks again on the rows it loads) and from where. Both end up
 * in the audit row the mutation writes in its transaction. One shape for every domain, so any
 * action's context (lib/run-action.ts) can be passed to any mutation as it is.
 */
export type MutationContext = { actor: Actor & { id: string }; ip: string | null };

/**
 * Audit action codes, `<entity>.<verb>`. Stored as codes and turned into a sentence per
 * locale when shown (`admin:audit.actions.<code>`), so the log reads in the viewer's language.
 */
export const AUDIT_ACTIONS = [
  "auth.signedIn",
  "auth.locked",
  "auth.lockLifted",
  "user.created",
  "user.updated",
  "user.deactivated",
  "user.reactivated",
  "user.passwordReset",
  "user.passwordChanged",
  "settings.updated",
  "ethnicGroup.updated",
  "unit.created",
  "unit.updated",
  "observation.saved",
  "dataset.imported",
  "dataset.importPreviewed",
  "dataset.importRejected",
  "dataset.released",
  "dataset.revised",
  "indicator.created",
  "indicator.updated",
  "prestigiousPerson.created",
  "prestigiousPerson.updated",
  "prestigiousPerson.deleted",
  "article.created",
  "article.updated",
  "article.translationSaved",
  "article.mediaAttached",
  "article.mediaRemoved",
  "article.submitted",
  "article.returned",
  "article.published",
  "article.scheduled",
  "article.withdrawn",
  "article.deleted",
  "articleTopic.created",
  "articleTopic.updated",
  "notice.created",
  "notice.updated",
  "notice.translationSaved",
  "notice.mediaAttached",
  "notice.mediaRemoved",
  "notice.issued",
  "notice.updatePrepared",
  "notice.cancelled",
  "notice.allClear",
  "forumQuestion.submitted",
  "forumQuestion.submittedOnBehalf",
  "forumQuestion.published",
  "forumQuestion.rejected",
  "forumQuestion.textEdited",
  "forumQuestion.assigned",
  "forumQuestion.noteAdded",
  "forumQuestion.helpRequested",
  "forumQuestion.answered",
  "forumQuestion.answerEdited",
  "forumQuestion.closed",
  "forumQuestion.merged",
  "library.created",
  "library.updated",
  "library.translationSaved",
  "library.fileAdded",
  "library.fileRemoved",
  "library.submitted",
  "library.returned",
  "library.published",
  "library.unpublished",
  "producer.created",
  "producer.updated",
  "producer.published",
  "producer.unpublished",
  "product.created",
  "product.updated",
  "product.translationSaved",
  "product.published",
  "product.unpublished",
  "product.photoAdded",
  "product.photoRemoved",
  "product.photoMoved",
  "product.coverChosen",
  "outbox.retried",
  "outbox.cancelled",
  "outbox.settingsUpdated",
  "subscription.created",
  "subscription.confirmed",
  "subscription.withdrawn",
  "subscription.withdrawnByStaff",
  "subscription.lookedUp",
  "relay.sent",
  "relay.reminded",
  "relay.remindedAutomatically",
  "relay.received",
  "relay.relayed",
  "relay.consentWithdrawn",
  "legalDocument.created",
  "legalDocument.updated",
  "legalDocument.deleted",
  "legalDocument.fileAttached",
  "article.documentsSet",
  "searchSynonym.created",
  "searchSynonym.updated",
  "searchSynonym.deleted",
  "unit.contactUpdated",
  "user.resetLinkIssued",
  "user.resetLinkUsed",
  "trainingCourse.created",
  "trainingCourse.updated",
  "trainingCourse.sessionAdded",
  "trainingCourse.sessionRemoved",
  "trainingCourse.participantAdded",
  "trainingCourse.participantRemoved",
  "trainingCourse.attendanceSaved",
  "trainingCourse.resultSaved",
  "trainingPlan.saved",
  "lessonCourse.created",
  "lesson.created",
  "lessonPhrase.created",
  "lessonPhrase.suggested",
  "lessonPhrase.approved",
  "lessonPhrase.rejected",
  "programmeTarget.saved",
  "translation.suggested",
  "translation.approved",
  "translation.recordingAttached",
  "translation.imported",
  "glossary.saved",
  "glossary.deleted",
  "translationLanguage.updated",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export type AuditEntry = {
  actorId: string | null;
  action: AuditAction;
  entityType: string;
  entityId?: string | null;
  before?: Prisma.InputJsonValue | null;
  after?: Prisma.InputJsonValue | null;
  ip?: string | null;
};

/**
 * Writes one audit row with the transaction of the change it describes, so the row exists
 * exactly when the change does (a rolled-back change leaves no row, and no change goes
 * unrecorded).
 */
export async function writeAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      before: entry.before ?? undefined,
      after: entry.after ?? undefined,
      ip: entry.ip ?? null,
    },
  });
}

/** The fields that changed between two flat records, as `{ before, after }` for the log. */
export function changedFields<T extends Record<string, unknown>>(before: T, after: Partial<T>) {
  const from: Record<string, unknown> = {};
  const to: Record<string, unknown> = {};
  for (const key of Object.keys(after) as (keyof T & string)[]) {
    if (after[key] !== undefined && after[key] !== before[key]) {
      from[key] = before[key] ?? null;
      to[key] = after[key] ?? null;
    }
  }
  return { before: from as Prisma.InputJsonValue, after: to as Prisma.InputJsonValue, changed: Object.keys(to).length > 0 };
}
