"use server";

import { redirect } from "next/navigation";
import { failure, success, type FormState } from "@/lib/action-result";
import { languageAllows } from "@/lib/auth/permissions";
import { invalidateLanguage } from "@/lib/cache/invalidate";
import { runAction, type ActionContext } from "@/lib/run-action";
import type { Issue } from "./checks";
import { tagOf } from "./content";
import { approveContent, approveString, importSuggestions, suggestContent, suggestString, TranslationRefused } from "./mutations";
import { listStringStates } from "./queries";
import { ZApproveContent, ZApproveString, ZExpectedChars, ZGlossaryDelete, ZGlossaryTerm, ZImportXliff, ZSuggestContent, ZSuggestString, ZTranslatorLanguages } from "./schema";
import { dryRun, parseXliff, type ReportLine } from "./xliff";
import { deleteGlossaryTerm, saveGlossaryTerm, setExpectedChars, setTranslatorLanguages } from "./settings";
import { loadInterfaceStrings } from "./runtime";
import { TRANSLATIONS_TAG } from "./tags";
import type { Locale } from "@/lib/i18n/config";

/** Form state of the workbench's forms: the checks' findings with their parameters. */
export type TranslationFormState = FormState & { issues?: Record<string, Issue[]>; warnings?: Issue[] };

/** The XLIFF import form: the dry run's report, and the file's text to apply it. */
export type ImportFormState = FormState & { report?: ReportLine[]; xliff?: string };

function refusedState(error: unknown): TranslationFormState | null {
  if (!(error instanceof TranslationRefused)) return null;
  return { ok: false, code: "invalid", formError: "form.invalid", fieldErrors: { [error.field]: error.issues.map((i) => i.key) }, issues: { [error.field]: error.issues } };
}

function allowed(ctx: ActionContext, action: "translations.suggest" | "translations.approve", locale: string): boolean {
  return languageAllows(ctx.viewer, action, locale);
}

/** Where "save and next" goes: the next string still missing after this one (same filters). */
async function nextMissing(locale: Locale, namespace: string, key: string): Promise<string | null> {
  const rows = await listStringStates(locale);
  const at = rows.findIndex((row) => row.namespace === namespace && row.key === key);
  const next = [...rows.slice(at + 1), ...rows.slice(0, at)].find((row) => row.state === "missing");
  return next ? `${next.namespace}:${next.key}` : null;
}

export async function suggestStringAction(_state: FormState, formData: FormData): Promise<TranslationFormState> {
  let goTo: string | null = null;
  const state = await runAction({
    formData,
    permission: "translations.suggest",
    schema: ZSuggestString,
    run: async (input, ctx) => {
      if (!allowed(ctx, "translations.suggest", input.locale)) return failure("forbidden", "form.forbidden");
      try {
        const { warnings } = await suggestString(input, { actor: ctx.viewer, ip: ctx.ip });
        if (warnings.length) return { ...success("admin:translations.savedWithWarnings"), warnings } satisfies TranslationFormState;
        const next = await nextMissing(input.locale as Locale, input.namespace, input.key);
        const filters = new URLSearchParams(input.filters ?? "");
        filters.set("lang", input.locale);
        filters.set("saved", `${input.namespace}:${input.key}`);
        if (next) filters.set("key", next);
        else filters.delete("key");
        goTo = `/admin/translations?${filters}#editor`;
        return success("admin:translations.saved");
      } catch (error) {
        const refused = refusedState(error);
        if (refused) return refused;
        throw error;
      }
    },
  });
  if (state.ok && goTo) redirect(goTo);
  return state;
}

/** After an approval: approved strings reloaded at once, that language's stored pages purged. */
async function publishLanguage(locale: string, ...tags: string[]) {
  await loadInterfaceStrings();
  await invalidateLanguage(locale, TRANSLATIONS_TAG, ...tags);
}

export async function approveStringAction(_state: FormState, formData: FormData): Promise<TranslationFormState> {
  let goTo: string | null = null;
  const state = await runAction({
    formData,
    permission: "translations.approve",
    schema: ZApproveString,
    run: async (input, ctx) => {
      if (!allowed(ctx, "translations.approve", input.locale)) return failure("forbidden", "form.forbidden");
      try {
        await approveString(input, { actor: ctx.viewer, ip: ctx.ip });
      } catch (error) {
        const refused = refusedState(error);
        if (refused) return refused;
        throw error;
      }
      await publishLanguage(input.locale);
      // The approve form leaves the page with its suggestion: the page itself says it is done.
      goTo = `/admin/translations?${new URLSearchParams({ lang: input.locale, key: `${input.namespace}:${input.key}`, approved: "1" })}#editor`;
      return success("admin:translations.approved");
    },
  });
  if (state.ok && goTo) redirect(goTo);
  return state;
}

function contentFields(input: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(input).filter(([k, v]) => k.startsWith("field.") && typeof v === "string").map(([k, v]) => [k.slice(6), v as string]));
}

export async function suggestContentAction(_state: FormState, formData: FormData): Promise<TranslationFormState> {
  return runAction({
    formData,
    permission: "translations.suggest",
    schema: ZSuggestContent,
    run: async (input, ctx) => {
      if (!allowed(ctx, "translations.suggest", input.locale)) return failure("forbidden", "form.forbidden");
      try {
        const { warnings } = await suggestContent({ kind: input.kind, id: input.id, locale: input.locale, fields: contentFields(input) }, { actor: ctx.viewer, ip: ctx.ip });
        await invalidateLanguage(input.locale, TRANSLATIONS_TAG);
        return { ...success(warnings.length ? "admin:translations.savedWithWarnings" : "admin:translations.saved"), warnings } satisfies TranslationFormState;
      } catch (error) {
        const refused = refusedState(error);
        if (refused) return refused;
        throw error;
      }
    },
  });
}

export async function approveContentAction(_state: FormState, formData: FormData): Promise<TranslationFormState> {
  let goTo: string | null = null;
  const state = await runAction({
    formData,
    permission: "translations.approve",
    schema: ZApproveContent,
    run: async (input, ctx) => {
      if (!allowed(ctx, "translations.approve", input.locale)) return failure("forbidden", "form.forbidden");
      await approveContent(input, { actor: ctx.viewer, ip: ctx.ip });
      await publishLanguage(input.locale, tagOf(input.kind));
      goTo = `/admin/translations/content/${input.kind}/${encodeURIComponent(input.id)}?${new URLSearchParams({ lang: input.locale, approved: "1" })}`;
      return success("admin:translations.approved");
    },
  });
  if (state.ok && goTo) redirect(goTo);
  return state;
}

export async function saveGlossaryTermAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runAction({
    formData,
    permission: "translations.approve",
    schema: ZGlossaryTerm,
    run: async (input, ctx) => {
      if (!allowed(ctx, "translations.approve", input.locale)) return failure("forbidden", "form.forbidden");
      await saveGlossaryTerm(input, { actor: ctx.viewer, ip: ctx.ip });
      return success("admin:translations.glossary.saved");
    },
  });
}

export async function deleteGlossaryTermAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runAction({
    formData,
    permission: "translations.approve",
    schema: ZGlossaryDelete,
    run: async (input, ctx) => {
      await deleteGlossaryTerm(input, { actor: ctx.viewer, ip: ctx.ip });
      return success("admin:translations.glossary.deleted");
    },
  });
}

export async function setExpectedCharsAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runAction({
    formData,
    permission: "translations.languages",
    schema: ZExpectedChars,
    run: async (input, ctx) => {
      await setExpectedChars(input, { actor: ctx.viewer, ip: ctx.ip });
      return success("admin:translations.glossary.charsSaved");
    },
  });
}

/** XLIFF import: without `apply`, a dry run (a report per string, nothing written); with it, the new strings become suggestions. */
export async function importXliffAction(_state: FormState, formData: FormData): Promise<ImportFormState> {
  return runAction({
    formData,
    permission: "translations.suggest",
    schema: ZImportXliff,
    secret: ["xliff"],
    run: async (input, ctx): Promise<ImportFormState> => {
      if (!allowed(ctx, "translations.suggest", input.locale)) return failure("forbidden", "form.forbidden");
      const xml = input.file && input.file.size > 0 ? await input.file.text() : (input.xliff ?? "");
      const parsed = await parseXliff(xml, input.locale);
      if (!parsed.ok) return { ok: false, code: "invalid", formError: `translations.${parsed.error.split(".")[1]}`, formErrorParams: parsed.params };
      const rows = await listStringStates(input.locale as Locale);
      const report = dryRun(input.locale, parsed.entries, rows.map((row) => ({ namespace: row.namespace, key: row.key, source: row.source, current: row.suggestion?.text ?? row.live })));
      if (!input.apply) return { ok: true, message: "admin:translations.xliff.report", report, xliff: xml };
      const count = await importSuggestions({ locale: input.locale, lines: report }, { actor: ctx.viewer, ip: ctx.ip });
      await invalidateLanguage(input.locale, TRANSLATIONS_TAG);
      return success("admin:translations.xliff.applied", { count });
    },
  });
}

/** An administrator sets the languages an account translates into and reviews. */
export async function setTranslatorLanguagesAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runAction({
    formData,
    permission: "users.manage",
    schema: ZTranslatorLanguages,
    run: async (input, ctx) => {
      await setTranslatorLanguages(input, { actor: ctx.viewer, ip: ctx.ip });
      return success("admin:translations.profile.saved");
    },
  });
}
