import "server-only";
import { writeAudit, type MutationContext } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { nfc, type GlossaryEntry } from "./checks";
import { assertLanguage } from "./policy";

/** A language's glossary and expected characters, for the checks and the editor. */
export async function languageSettings(locale: string): Promise<{ glossary: (GlossaryEntry & { id: string })[]; expectedChars: string }> {
  const [glossary, language] = await Promise.all([
    db.glossaryTerm.findMany({
      where: { locale },
      select: { id: true, term: true, rendering: true, note: true },
      orderBy: { term: "asc" },
    }),
    db.translationLanguage.findUnique({ where: { locale }, select: { expectedChars: true } }),
  ]);
  return { glossary, expectedChars: language?.expectedChars ?? "" };
}

/** Adds or changes a term of a language's glossary (a reviewer of that language). */
export async function saveGlossaryTerm(
  input: { locale: string; term: string; rendering: string; note: string | null },
  ctx: MutationContext,
) {
  const data = { term: nfc(input.term).trim(), rendering: nfc(input.rendering).trim(), note: input.note ? nfc(input.note).trim() : null };
  return db.$transaction(async (tx) => {
    await assertLanguage(tx, ctx.actor.id, "translations.approve", input.locale);
    const where = { locale_term: { locale: input.locale, term: data.term } };
    const before = await tx.glossaryTerm.findUnique({ where });
    const row = await tx.glossaryTerm.upsert({ where, create: { locale: input.locale, ...data, createdById: ctx.actor.id }, update: data });
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: "glossary.saved",
      entityType: "GlossaryTerm",
      entityId: row.id,
      before: before ? { rendering: before.rendering, note: before.note } : null,
      after: { locale: input.locale, ...data },
      ip: ctx.ip,
    });
  });
}

export async function deleteGlossaryTerm(input: { id: string }, ctx: MutationContext) {
  return db.$transaction(async (tx) => {
    const row = await tx.glossaryTerm.findUnique({ where: { id: input.id } });
    if (!row) throw new AppError("notFound", "form.notFound");
    await assertLanguage(tx, ctx.actor.id, "translations.approve", row.locale);
    await tx.glossaryTerm.delete({ where: { id: row.id } });
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: "glossary.deleted",
      entityType: "GlossaryTerm",
      entityId: row.id,
      before: { locale: row.locale, term: row.term, rendering: row.rendering },
      ip: ctx.ip,
    });
  });
}

/** Sets a language's expected characters (an administrator; the permission is checked by the action). */
export async function setExpectedChars(input: { locale: string; expectedChars: string }, ctx: MutationContext) {
  const expectedChars = [...new Set(nfc(input.expectedChars).replace(/\s+/g, ""))].join("");
  return db.$transaction(async (tx) => {
    const before = await tx.translationLanguage.findUnique({ where: { locale: input.locale } });
    await tx.translationLanguage.upsert({
      where: { locale: input.locale },
      create: { locale: input.locale, expectedChars },
      update: { expectedChars },
    });
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: "translationLanguage.updated",
      entityType: "TranslationLanguage",
      entityId: input.locale,
      before: { expectedChars: before?.expectedChars ?? "" },
      after: { expectedChars },
      ip: ctx.ip,
    });
  });
}

/** Sets the languages an account translates into and reviews (an administrator; checked by the action). */
export async function setTranslatorLanguages(input: { id: string; translatesInto: string[]; reviewsIn: string[] }, ctx: MutationContext) {
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: input.id }, select: { translatesInto: true, reviewsIn: true } });
    if (!before) throw new AppError("notFound", "form.notFound");
    await tx.user.update({ where: { id: input.id }, data: { translatesInto: input.translatesInto, reviewsIn: input.reviewsIn } });
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: "user.updated",
      entityType: "User",
      entityId: input.id,
      before,
      after: { translatesInto: input.translatesInto, reviewsIn: input.reviewsIn },
      ip: ctx.ip,
    });
  });
}
