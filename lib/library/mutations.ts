/* eslint-disable max-lines -- the library item's writes, each with its audit row; they share loading and the access-level rules */
import "server-only";
import { changedFields, writeAudit, type MutationContext } from "@/lib/audit/record";
import { can } from "@/lib/auth/permissions";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { NewMediaFile } from "@/lib/storage/media";
import { MAX_FILES } from "./catalog";
import { libraryEditProblem } from "./policy";
import type { TCreateLibraryItem, TLibraryFileMeta, TLibraryItemSettings, TSaveLibraryTranslation } from "./schema";

/** Who changes the library, and from where (for the audit row). */

/** An item with its translations and files, inside a transaction. */
export async function loadLibraryItem(tx: Tx, id: string) {
  const item = await tx.libraryItem.findUnique({
    where: { id },
    include: { translations: { orderBy: { locale: "asc" } }, files: { orderBy: { sortOrder: "asc" } }, groups: { select: { id: true } } },
  });
  if (!item) throw new AppError("notFound", "form.notFound");
  return item;
}

/** Throws when the actor may not change this item (not theirs, or submitted already). */
export function assertLibraryEditable(ctx: MutationContext, item: { state: "DRAFT" | "IN_REVIEW" | "PUBLISHED"; authorId: string | null }) {
  const problem = libraryEditProblem(ctx.actor, item);
  if (problem) throw new AppError(problem === "form.forbidden" ? "forbidden" : "conflict", problem);
}

async function assertGroups(tx: Tx, groupIds: string[]) {
  if (!groupIds.length) return;
  const count = await tx.ethnicGroup.count({ where: { id: { in: groupIds } } });
  if (count !== groupIds.length) throw new AppError("invalid", "library.groupInvalid", undefined, "groupIds");
}

function settingsData(input: Omit<TLibraryItemSettings, "id" | "groupIds">) {
  return {
    type: input.type,
    topic: input.topic,
    access: input.access,
    accessNote: input.access === "COMMUNITY" ? input.accessNote : input.accessNote,
    itemLanguages: input.itemLanguages,
    source: input.source,
    year: input.year,
    licence: input.licence,
  };
}

/** Creates a draft with its Vietnamese title and description. */
export async function createLibraryItem(input: TCreateLibraryItem, ctx: MutationContext) {
  if (!can(ctx.actor, "library.contribute")) throw new AppError("forbidden", "form.forbidden");
  return db.$transaction(async (tx) => {
    await assertGroups(tx, input.groupIds);
    const item = await tx.libraryItem.create({
      data: {
        ...settingsData(input),
        authorId: ctx.actor.id,
        groups: { connect: input.groupIds.map((id) => ({ id })) },
        translations: { create: { locale: "vi", title: input.title, description: input.description, transcript: input.transcript } },
      },
    });
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: "library.created",
      entityType: "LibraryItem",
      entityId: item.id,
      after: { ...settingsData(input), groupIds: input.groupIds, title: input.title },
      ip: ctx.ip,
    });
    return item;
  });
}

/** Type, topic, access, languages, groups, source, year, licence. */
export async function updateLibraryItemSettings(input: TLibraryItemSettings, ctx: MutationContext) {
  return db.$transaction(async (tx) => {
    const before = await loadLibraryItem(tx, input.id);
    assertLibraryEditable(ctx, before);
    if (input.type !== before.type && before.files.length) throw new AppError("conflict", "library.typeHasFiles", undefined, "type");
    await assertGroups(tx, input.groupIds);
    const data = settingsData(input);
    const diff = changedFields(
      {
        ...before,
        itemLanguages: before.itemLanguages.join(","),
        groupIds: before.groups
          .map((g) => g.id)
          .sort()
          .join(","),
      },
      {
        ...data,
        itemLanguages: data.itemLanguages.join(","),
        groupIds: [...input.groupIds].sort().join(","),
      },
    );
    if (!diff.changed) return before;
    const item = await tx.libraryItem.update({
      where: { id: input.id },
      data: { ...data, groups: { set: input.groupIds.map((id) => ({ id })) } },
    });
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: "library.updated",
      entityType: "LibraryItem",
      entityId: input.id,
      before: diff.before,
      after: diff.after,
      ip: ctx.ip,
    });
    return item;
  });
}

/** One language's title, description and transcript. */
export async function saveLibraryTranslation(input: TSaveLibraryTranslation, ctx: MutationContext) {
  return db.$transaction(async (tx) => {
    const item = await loadLibraryItem(tx, input.itemId);
    assertLibraryEditable(ctx, item);
    const current = item.translations.find((tr) => tr.locale === input.locale);
    const data = { title: input.title, description: input.description, transcript: input.transcript };
    const diff = current ? changedFields(current, data) : { before: {}, after: { title: input.title }, changed: true };
    if (!diff.changed) return item;
    await tx.libraryItemTranslation.upsert({
      where: { itemId_locale: { itemId: item.id, locale: input.locale } },
      create: { itemId: item.id, locale: input.locale, ...data },
      update: data,
    });
    await tx.libraryItem.update({ where: { id: item.id }, data: { updatedAt: new Date() } });
    // The transcript can be long: the log says that it changed, not what it says.
    const summary = (side: object) => ({ locale: input.locale, ...side, transcript: "transcript" in side ? "…" : undefined });
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: "library.translationSaved",
      entityType: "LibraryItem",
      entityId: item.id,
      before: summary(diff.before as object),
      after: summary(diff.after as object),
      ip: ctx.ip,
    });
    return item;
  });
}

export type NewLibraryFile = { media: NewMediaFile; durationSeconds: number | null; pageCount: number | null };

/**
 * Adds a stored file to an item. A document, recording or video has one file: a new one
 * replaces it. A picture set takes up to MAX_FILES pictures.
 */
export async function addLibraryFile(itemId: string, file: NewLibraryFile, ctx: MutationContext) {
  return db.$transaction(async (tx) => {
    const item = await loadLibraryItem(tx, itemId);
    assertLibraryEditable(ctx, item);
    const single = MAX_FILES[item.type] === 1;
    if (!single && item.files.length >= MAX_FILES[item.type]) throw new AppError("conflict", "library.tooManyFiles", undefined, "file");
    const replaced = single ? item.files.map((f) => f.mediaId) : [];
    // The replaced file's row goes (its LibraryFile with it); the stored bytes stay, unused.
    if (replaced.length) await tx.mediaFile.deleteMany({ where: { id: { in: replaced } } });
    const media = await tx.mediaFile.create({ data: file.media });
    const row = await tx.libraryFile.create({
      data: {
        itemId,
        mediaId: media.id,
        durationSeconds: file.durationSeconds,
        pageCount: file.pageCount,
        sortOrder: single ? 0 : item.files.length,
      },
    });
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: "library.fileAdded",
      entityType: "LibraryItem",
      entityId: itemId,
      after: {
        fileId: row.id,
        mediaId: media.id,
        size: media.size,
        type: media.mimeType,
        durationSeconds: file.durationSeconds,
        pageCount: file.pageCount,
        replaced,
      },
      ip: ctx.ip,
    });
    return row;
  });
}

async function loadFile(tx: Tx, fileId: string) {
  const file = await tx.libraryFile.findUnique({
    where: { id: fileId },
    include: { item: { select: { id: true, state: true, authorId: true } } },
  });
  if (!file) throw new AppError("notFound", "form.notFound");
  return file;
}

/** Corrects a file's length, pages or caption. */
export async function updateLibraryFile(input: TLibraryFileMeta, ctx: MutationContext) {
  return db.$transaction(async (tx) => {
    const file = await loadFile(tx, input.fileId);
    assertLibraryEditable(ctx, file.item);
    const { fileId, ...data } = input;
    const diff = changedFields(file, data);
    if (!diff.changed) return file;
    await tx.libraryFile.update({ where: { id: fileId }, data });
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: "library.updated",
      entityType: "LibraryItem",
      entityId: file.itemId,
      before: { fileId, ...(diff.before as object) },
      after: { fileId, ...(diff.after as object) },
      ip: ctx.ip,
    });
  });
}

/** Takes a file off its item (the stored bytes stay, unused). */
export async function removeLibraryFile(fileId: string, ctx: MutationContext) {
  return db.$transaction(async (tx) => {
    const file = await loadFile(tx, fileId);
    assertLibraryEditable(ctx, file.item);
    await tx.mediaFile.delete({ where: { id: file.mediaId } });
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: "library.fileRemoved",
      entityType: "LibraryItem",
      entityId: file.itemId,
      before: { fileId, mediaId: file.mediaId },
      ip: ctx.ip,
    });
  });
}
