import "server-only";
import { changedFields, writeAudit, type MutationContext } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { AppError, isUniqueViolation } from "@/lib/errors";
import type { NewMediaFile } from "@/lib/storage/media";
import { foldVietnamese, slugify } from "@/lib/text/slug";
import { canEditArticleDocuments } from "./policy";
import { numberKey, type DocumentFields, type TLegalDocumentInput, type TSynonymInput } from "./schema";

const dayIso = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

/** The fields the audit log compares, as plain values. */
function flat(doc: DocumentFields) {
  return {
    number: doc.number,
    type: doc.type,
    issuer: doc.issuer,
    title: doc.title,
    signedOn: dayIso(doc.signedOn),
    effectiveOn: dayIso(doc.effectiveOn),
    status: doc.status,
    replacedById: doc.replacedById,
    field: doc.field,
    summary: doc.summary,
    published: doc.published,
  };
}

/** Creates or updates a legal document (one audit row with what changed). Returns its id. */
export async function saveDocument(input: TLegalDocumentInput, ctx: MutationContext): Promise<string> {
  const { id, ...fields } = input;
  const data = {
    ...fields,
    signedOn: fields.signedOn!,
    numberKey: numberKey(fields.number),
    replacedById: fields.status === "REPLACED" ? fields.replacedById : fields.replacedById,
  };
  try {
    return await db.$transaction(async (tx) => {
      if (data.replacedById && !(await tx.legalDocument.findUnique({ where: { id: data.replacedById }, select: { id: true } }))) {
        throw new AppError("invalid", "documents.replacedByUnknown", undefined, "replacedById");
      }
      const clash = await tx.legalDocument.findFirst({
        where: { numberKey: data.numberKey, signedOn: data.signedOn, id: id ? { not: id } : undefined },
        select: { id: true },
      });
      if (clash) throw new AppError("conflict", "documents.numberTaken", undefined, "number");
      if (!id) {
        const slug = await freeSlug(tx, slugify(`${data.number} ${data.signedOn.getUTCFullYear()}`));
        const created = await tx.legalDocument.create({ data: { ...data, slug } });
        await writeAudit(tx, {
          actorId: ctx.actor.id,
          action: "legalDocument.created",
          entityType: "LegalDocument",
          entityId: created.id,
          after: flat(created),
          ip: ctx.ip,
        });
        return created.id;
      }
      const before = await tx.legalDocument.findUnique({ where: { id } });
      if (!before) throw new AppError("notFound", "form.notFound");
      const diff = changedFields(flat(before), flat({ ...before, ...data }));
      if (!diff.changed) return id;
      await tx.legalDocument.update({ where: { id }, data });
      await writeAudit(tx, {
        actorId: ctx.actor.id,
        action: "legalDocument.updated",
        entityType: "LegalDocument",
        entityId: id,
        ...diff,
        ip: ctx.ip,
      });
      return id;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("conflict", "documents.numberTaken", undefined, "number");
    throw error;
  }
}

async function freeSlug(tx: Parameters<Parameters<typeof db.$transaction>[0]>[0], base: string): Promise<string> {
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (!(await tx.legalDocument.findUnique({ where: { slug }, select: { id: true } }))) return slug;
  }
}

/** Deletes a document (its article links go with it; a document it replaced keeps no link). */
export async function deleteDocument(id: string, ctx: MutationContext): Promise<void> {
  await db.$transaction(async (tx) => {
    const before = await tx.legalDocument.findUnique({ where: { id } });
    if (!before) throw new AppError("notFound", "form.notFound");
    await tx.legalDocument.delete({ where: { id } });
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: "legalDocument.deleted",
      entityType: "LegalDocument",
      entityId: id,
      before: flat(before),
      ip: ctx.ip,
    });
  });
}

/** Attaches the PDF (stored already by lib/storage), replacing an earlier one. */
export async function attachDocumentFile(id: string, media: NewMediaFile, ctx: MutationContext): Promise<void> {
  await db.$transaction(async (tx) => {
    const before = await tx.legalDocument.findUnique({ where: { id }, select: { fileId: true } });
    if (!before) throw new AppError("notFound", "form.notFound");
    const file = await tx.mediaFile.create({ data: media });
    await tx.legalDocument.update({ where: { id }, data: { fileId: file.id } });
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: "legalDocument.fileAttached",
      entityType: "LegalDocument",
      entityId: id,
      before: { fileId: before.fileId },
      after: { fileId: file.id, name: media.originalName ?? null, size: media.size },
      ip: ctx.ip,
    });
  });
}

/**
 * Sets the documents an article explains (cites). Checked again here on the article's row: the
 * editor must be allowed to edit that article.
 */
export async function setArticleDocuments(articleId: string, documentIds: string[], ctx: MutationContext): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const article = await tx.article.findUnique({ where: { id: articleId }, select: { kind: true, communeId: true, deletedAt: true } });
    if (!article || article.deletedAt) throw new AppError("notFound", "form.notFound");
    if (!canEditArticleDocuments(ctx.actor, article)) throw new AppError("forbidden", "form.forbidden");
    const known = await tx.legalDocument.findMany({ where: { id: { in: documentIds } }, select: { id: true } });
    if (known.length !== documentIds.length) throw new AppError("invalid", "documents.unknown", undefined, "documentIds");
    const before = (await tx.articleLegalDocument.findMany({ where: { articleId }, select: { documentId: true } }))
      .map((row) => row.documentId)
      .sort();
    const after = [...documentIds].sort();
    if (before.join() === after.join()) return false;
    await tx.articleLegalDocument.deleteMany({ where: { articleId } });
    if (after.length) await tx.articleLegalDocument.createMany({ data: after.map((documentId) => ({ articleId, documentId })) });
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: "article.documentsSet",
      entityType: "Article",
      entityId: articleId,
      before: { documentIds: before },
      after: { documentIds: after },
      ip: ctx.ip,
    });
    return true;
  });
}

/** The key a synonym is found by: folded, single spaces. */
export function termKey(term: string): string {
  return foldVietnamese(term)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

export async function saveSynonym(input: TSynonymInput, ctx: MutationContext): Promise<void> {
  const data = { term: input.term, termKey: termKey(input.term), expansion: input.expansion };
  if (!data.termKey) throw new AppError("invalid", "required", undefined, "term");
  try {
    await db.$transaction(async (tx) => {
      if (!input.id) {
        const row = await tx.searchSynonym.create({ data });
        await writeAudit(tx, {
          actorId: ctx.actor.id,
          action: "searchSynonym.created",
          entityType: "SearchSynonym",
          entityId: row.id,
          after: { term: data.term, expansion: data.expansion },
          ip: ctx.ip,
        });
        return;
      }
      const before = await tx.searchSynonym.findUnique({ where: { id: input.id } });
      if (!before) throw new AppError("notFound", "form.notFound");
      const diff = changedFields({ term: before.term, expansion: before.expansion }, { term: data.term, expansion: data.expansion });
      if (!diff.changed) return;
      await tx.searchSynonym.update({ where: { id: input.id }, data });
      await writeAudit(tx, {
        actorId: ctx.actor.id,
        action: "searchSynonym.updated",
        entityType: "SearchSynonym",
        entityId: input.id,
        ...diff,
        ip: ctx.ip,
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("conflict", "synonym.taken", undefined, "term");
    throw error;
  }
}

export async function deleteSynonym(id: string, ctx: MutationContext): Promise<void> {
  await db.$transaction(async (tx) => {
    const before = await tx.searchSynonym.findUnique({ where: { id } });
    if (!before) throw new AppError("notFound", "form.notFound");
    await tx.searchSynonym.delete({ where: { id } });
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: "searchSynonym.deleted",
      entityType: "SearchSynonym",
      entityId: id,
      before: { term: before.term, expansion: before.expansion },
      ip: ctx.ip,
    });
  });
}
