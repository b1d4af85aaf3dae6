/* eslint-disable max-lines -- suggest, review, approve and import share the one check that nobody approves their own suggestion */
import "server-only";
import { writeAudit, type MutationContext } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TranslatableKind } from "@/lib/generated/prisma/enums";
import type { NewMediaFile } from "@/lib/storage/media";
import { checkString, languageWarnings, nfc, type Issue } from "./checks";
import { CONTENT_FIELDS, applyApproved, loadSource, type ContentFields } from "./content";
import { remember, segmentPairs } from "./memory";
import { assertLanguage, assertNotAuthor } from "./policy";
import { languageSettings } from "./settings";
import { sourceString } from "./sources";

/** A check that refuses the save: shown next to the field with its parameters. */
export class TranslationRefused extends AppError {
  constructor(
    readonly issues: Issue[],
    readonly field: string,
  ) {
    super("invalid", issues[0]!.key, `translation refused: ${issues.map((i) => i.key).join(", ")}`, field);
  }
}

/**
 * Suggests a text for an interface string. Refused when a check fails (placeholders, tags,
 * plural form, spaces); warnings come back to be shown. An approved text stays live until the
 * new suggestion is itself approved.
 */
export async function suggestString(input: { namespace: string; key: string; locale: string; text: string }, ctx: MutationContext) {
  const source = sourceString(input.namespace, input.key);
  if (!source) throw new AppError("notFound", "form.notFound");
  const text = nfc(input.text);
  const checks = checkString({ key: input.key, source: source.source, text, locale: input.locale });
  if (checks.errors.length) throw new TranslationRefused(checks.errors, "text");
  const settings = await languageSettings(input.locale);
  const warnings = [...checks.warnings, ...languageWarnings({ source: source.source, text, ...settings })];
  await db.$transaction(async (tx) => {
    await assertLanguage(tx, ctx.actor.id, "translations.suggest", input.locale);
    const where = { namespace_key_locale: { namespace: input.namespace, key: input.key, locale: input.locale } };
    const before = await tx.stringTranslation.findUnique({ where, select: { text: true, state: true } });
    const data = {
      text,
      state: "SUGGESTED" as const,
      sourceHash: source.hash,
      authorId: ctx.actor.id,
      reviewerId: null,
      suggestedAt: new Date(),
    };
    const row = await tx.stringTranslation.upsert({
      where,
      create: { namespace: input.namespace, key: input.key, locale: input.locale, ...data },
      update: data,
    });
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: "translation.suggested",
      entityType: "StringTranslation",
      entityId: row.id,
      before: before ? { text: before.text, state: before.state } : null,
      after: { namespace: input.namespace, key: input.key, locale: input.locale, text },
      ip: ctx.ip,
    });
  });
  return { warnings };
}

/**
 * Approves the pending suggestion of a string (a reviewer of that language, never its author):
 * it becomes the live text, remembered in translation memory against today's source.
 * `expectedText` guards against approving a text changed since the reviewer read it.
 */
export async function approveString(input: { namespace: string; key: string; locale: string; expectedText: string }, ctx: MutationContext) {
  const source = sourceString(input.namespace, input.key);
  if (!source) throw new AppError("notFound", "form.notFound");
  return db.$transaction(async (tx) => {
    await assertLanguage(tx, ctx.actor.id, "translations.approve", input.locale);
    const row = await tx.stringTranslation.findUnique({
      where: { namespace_key_locale: { namespace: input.namespace, key: input.key, locale: input.locale } },
    });
    if (!row) throw new AppError("notFound", "form.notFound");
    const needsReview = row.state === "APPROVED" && row.approvedSourceHash !== source.hash;
    if (row.state !== "SUGGESTED" && !needsReview) throw new AppError("conflict", "translations.nothingToApprove");
    if (row.text !== nfc(input.expectedText)) throw new AppError("conflict", "form.conflict");
    // Confirming a text whose source changed is a review of someone else's text too.
    assertNotAuthor(row.state === "SUGGESTED" ? row.authorId : null, ctx.actor.id);
    const checks = checkString({ key: input.key, source: source.source, text: row.text, locale: input.locale });
    if (checks.errors.length) throw new TranslationRefused(checks.errors, "text");
    await tx.stringTranslation.update({
      where: { id: row.id },
      data: {
        state: "APPROVED",
        approvedText: row.text,
        approvedSource: source.source,
        approvedSourceHash: source.hash,
        sourceHash: source.hash,
        reviewerId: ctx.actor.id,
        approvedAt: new Date(),
      },
    });
    await remember(tx, input.locale, `string:${input.namespace}:${input.key}`, [[source.source, row.text]]);
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: "translation.approved",
      entityType: "StringTranslation",
      entityId: row.id,
      before: { approvedText: row.approvedText },
      after: { namespace: input.namespace, key: input.key, locale: input.locale, approvedText: row.text, authorId: row.authorId },
      ip: ctx.ip,
    });
  });
}

function cleanFields(kind: TranslatableKind, fields: ContentFields): ContentFields {
  const clean: ContentFields = {};
  const missing: Issue[] = [];
  for (const field of CONTENT_FIELDS[kind]) {
    const value = nfc(fields[field.name] ?? "")
      .replace(/\r\n/g, "\n")
      .trim();
    if (field.required && !value) missing.push({ key: "translations.fieldRequired", params: { field: field.name } });
    clean[field.name] = value;
  }
  if (missing.length) throw new TranslationRefused(missing, CONTENT_FIELDS[kind].find((f) => !clean[f.name])!.name);
  return clean;
}

/** Suggests (or replaces the suggestion of) one item's translation into a language. */
export async function suggestContent(
  input: { kind: TranslatableKind; id: string; locale: string; fields: ContentFields },
  ctx: MutationContext,
) {
  const fields = cleanFields(input.kind, input.fields);
  const settings = await languageSettings(input.locale);
  return db.$transaction(async (tx) => {
    await assertLanguage(tx, ctx.actor.id, "translations.suggest", input.locale);
    const source = await loadSource(input.kind, input.id, tx);
    if (!source?.published) throw new AppError("notFound", "form.notFound");
    const where = { entityType_entityId_locale: { entityType: input.kind, entityId: input.id, locale: input.locale } };
    const before = await tx.contentTranslation.findUnique({ where, select: { fields: true, state: true } });
    const data = {
      fields,
      state: "SUGGESTED" as const,
      sourceHash: source.hash,
      authorId: ctx.actor.id,
      reviewerId: null,
      suggestedAt: new Date(),
    };
    const row = await tx.contentTranslation.upsert({
      where,
      create: { entityType: input.kind, entityId: input.id, locale: input.locale, ...data },
      update: data,
    });
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: "translation.suggested",
      entityType: "ContentTranslation",
      entityId: row.id,
      before: before ? { state: before.state, fields: before.fields ?? null } : null,
      after: { kind: input.kind, id: input.id, locale: input.locale, fields },
      ip: ctx.ip,
    });
    const warnings = CONTENT_FIELDS[input.kind].flatMap((field) =>
      languageWarnings({ source: source.fields[field.name] ?? "", text: fields[field.name] ?? "", ...settings }),
    );
    return { row, warnings };
  });
}

/**
 * Approves an item's pending translation: live at once in the content's own translation table
 * (with the recorded reading), remembered paragraph by paragraph, against the Vietnamese text
 * as it is now (its hash and date: a later change of the Vietnamese shows the note "older").
 */
export async function approveContent(input: { kind: TranslatableKind; id: string; locale: string }, ctx: MutationContext) {
  return db.$transaction(async (tx) => {
    const reviewer = await assertLanguage(tx, ctx.actor.id, "translations.approve", input.locale);
    const row = await tx.contentTranslation.findUnique({
      where: { entityType_entityId_locale: { entityType: input.kind, entityId: input.id, locale: input.locale } },
    });
    const source = await loadSource(input.kind, input.id, tx);
    if (!row || !source?.published) throw new AppError("notFound", "form.notFound");
    const outdated = row.state === "APPROVED" && row.approvedSourceHash !== source.hash;
    if (row.state !== "SUGGESTED" && !outdated) throw new AppError("conflict", "translations.nothingToApprove");
    assertNotAuthor(row.state === "SUGGESTED" ? row.authorId : null, ctx.actor.id);
    const fields = row.fields as ContentFields;
    const author = row.authorId ? await tx.user.findUnique({ where: { id: row.authorId }, select: { name: true } }) : null;
    await applyApproved(tx, {
      kind: input.kind,
      id: input.id,
      locale: input.locale,
      fields,
      audioId: row.audioId,
      translator: author?.name ?? reviewer.name,
    });
    await tx.contentTranslation.update({
      where: { id: row.id },
      data: {
        state: "APPROVED",
        approvedFields: fields,
        approvedSourceHash: source.hash,
        approvedSourceAt: source.updatedAt,
        sourceHash: source.hash,
        approvedAt: new Date(),
        reviewerId: ctx.actor.id,
      },
    });
    await remember(
      tx,
      input.locale,
      `${input.kind}:${input.id}`,
      CONTENT_FIELDS[input.kind].flatMap((field) => segmentPairs(source.fields[field.name] ?? "", fields[field.name] ?? "")),
    );
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: "translation.approved",
      entityType: "ContentTranslation",
      entityId: row.id,
      before: { approvedFields: row.approvedFields ?? null },
      after: { kind: input.kind, id: input.id, locale: input.locale, fields, authorId: row.authorId },
      ip: ctx.ip,
    });
  });
}

/**
 * Attaches a recorded reading to an item's translation in a language (its text must exist
 * first: the reading reads that text). A new reading waits for a reviewer like any text: the
 * row becomes this translator's suggestion again, and goes live with its approval.
 */
export async function attachRecording(
  input: { kind: TranslatableKind; id: string; locale: string; stored: NewMediaFile },
  ctx: MutationContext,
) {
  return db.$transaction(async (tx) => {
    await assertLanguage(tx, ctx.actor.id, "translations.suggest", input.locale);
    const row = await tx.contentTranslation.findUnique({
      where: { entityType_entityId_locale: { entityType: input.kind, entityId: input.id, locale: input.locale } },
    });
    if (!row) throw new AppError("invalid", "translations.recordingNeedsText", undefined, "file");
    const media = await tx.mediaFile.create({ data: input.stored });
    await tx.contentTranslation.update({
      where: { id: row.id },
      data: { audioId: media.id, state: "SUGGESTED", authorId: ctx.actor.id, reviewerId: null },
    });
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: "translation.recordingAttached",
      entityType: "ContentTranslation",
      entityId: row.id,
      before: { audioId: row.audioId },
      after: { audioId: media.id, locale: input.locale },
      ip: ctx.ip,
    });
  });
}

/**
 * Imports the new strings of an XLIFF dry run as suggestions by `ctx.actor` (each checked again;
 * refused and unknown ones are skipped), in one transaction with one audit row.
 */
export async function importSuggestions(
  input: { locale: string; lines: readonly { namespace: string; key: string; target: string; outcome: string }[] },
  ctx: MutationContext,
) {
  const lines = input.lines.filter((line) => line.outcome === "new");
  return db.$transaction(
    async (tx) => {
      await assertLanguage(tx, ctx.actor.id, "translations.suggest", input.locale);
      let count = 0;
      for (const line of lines) {
        const source = sourceString(line.namespace, line.key);
        if (!source || checkString({ key: line.key, source: source.source, text: line.target, locale: input.locale }).errors.length)
          continue;
        const where = { namespace_key_locale: { namespace: line.namespace, key: line.key, locale: input.locale } };
        const data = {
          text: line.target,
          state: "SUGGESTED" as const,
          sourceHash: source.hash,
          authorId: ctx.actor.id,
          reviewerId: null,
          suggestedAt: new Date(),
        };
        await tx.stringTranslation.upsert({
          where,
          create: { namespace: line.namespace, key: line.key, locale: input.locale, ...data },
          update: data,
        });
        count++;
      }
      await writeAudit(tx, {
        actorId: ctx.actor.id,
        action: "translation.imported",
        entityType: "StringTranslation",
        entityId: null,
        after: { locale: input.locale, count },
        ip: ctx.ip,
      });
      return count;
    },
    { timeout: 60_000 },
  );
}
