"use server";

import { success, type FormState } from "@/lib/action-result";
import { languageAllows } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/session";
import { languagePages } from "@/lib/cache/invalidate";
import type { Locale } from "@/lib/i18n/config";
import { defineAction } from "@/lib/run-action";
import type { Issue } from "./checks";
import { tagOf } from "./content";
import { approveContent, approveString, importSuggestions, suggestContent, suggestString, TranslationRefused } from "./mutations";
import { listStringStates } from "./queries";
import { loadInterfaceStrings } from "./runtime";
import {
  ZApproveContent,
  ZApproveString,
  ZExpectedChars,
  ZGlossaryDelete,
  ZGlossaryTerm,
  ZImportXliff,
  ZSuggestContent,
  ZSuggestString,
  ZTranslatorLanguages,
} from "./schema";
import { deleteGlossaryTerm, saveGlossaryTerm, setExpectedChars, setTranslatorLanguages } from "./settings";
import { TRANSLATIONS_TAG } from "./tags";
import { dryRun, parseXliff, type ReportLine } from "./xliff";

/** Form state of the workbench's forms: the checks' findings with their parameters. */
export type TranslationFormState = FormState & { issues?: Record<string, Issue[]>; warnings?: Issue[] };

/** The XLIFF import form: the dry run's report, and the file's text to apply it. */
export type ImportFormState = FormState & { report?: ReportLine[]; xliff?: string };

/** A translator works only in the languages given to them (lib/auth/permissions.ts `languageAllows`). */
function inTheirLanguage(action: "translations.suggest" | "translations.approve") {
  return (actor: Viewer, input: { locale: string }) => languageAllows(actor, action, input.locale);
}

/** A refusal by the checks (lib/translations/checks.ts) as the form's state, with the findings; anything else is thrown on. */
async function refusable<T>(work: Promise<T>): Promise<{ refused: TranslationFormState } | { refused: null; value: T }> {
  try {
    return { refused: null, value: await work };
  } catch (error) {
    if (!(error instanceof TranslationRefused)) throw error;
    return {
      refused: {
        ok: false,
        code: "invalid",
        formError: "form.invalid",
        fieldErrors: { [error.field]: error.issues.map((i) => i.key) },
        issues: { [error.field]: error.issues },
      },
    };
  }
}

/** After an approval: that language's cached reads and stored pages (approved strings are reloaded first). */
const languageStale = { tags: [TRANSLATIONS_TAG], pages: (input: { locale: string }) => languagePages(input.locale) };

/** Where "save and next" goes: the next string still missing after this one (same filters). */
async function nextMissing(input: { locale: string; namespace: string; key: string; filters?: string | null }): Promise<string> {
  const rows = await listStringStates(input.locale as Locale);
  const at = rows.findIndex((row) => row.namespace === input.namespace && row.key === input.key);
  const next = [...rows.slice(at + 1), ...rows.slice(0, at)].find((row) => row.state === "missing");
  const filters = new URLSearchParams(input.filters ?? "");
  filters.set("lang", input.locale);
  filters.set("saved", `${input.namespace}:${input.key}`);
  if (next) filters.set("key", `${next.namespace}:${next.key}`);
  else filters.delete("key");
  return `/admin/translations?${filters}#editor`;
}

export const suggestStringAction = defineAction({
  permission: "translations.suggest",
  schema: ZSuggestString,
  allowed: inTheirLanguage("translations.suggest"),
  run: (input, ctx) => refusable(suggestString(input, ctx)),
  done: (outcome): TranslationFormState => {
    if (outcome.refused) return outcome.refused;
    const { warnings } = outcome.value;
    return warnings.length ? { ...success("admin:translations.savedWithWarnings"), warnings } : success("admin:translations.saved");
  },
  // Saved without warnings: on to the next missing string.
  redirect: (outcome, input) => (outcome.refused || outcome.value.warnings.length ? null : nextMissing(input)),
});

export const approveStringAction = defineAction({
  permission: "translations.approve",
  schema: ZApproveString,
  allowed: inTheirLanguage("translations.approve"),
  run: async (input, ctx) => {
    const outcome = await refusable(approveString(input, ctx));
    if (!outcome.refused) await loadInterfaceStrings();
    return outcome;
  },
  invalidate: languageStale,
  done: (outcome): TranslationFormState => outcome.refused ?? success("admin:translations.approved"),
  // The approve form leaves the page with its suggestion: the page itself says it is done.
  redirect: (_outcome, input) =>
    `/admin/translations?${new URLSearchParams({ lang: input.locale, key: `${input.namespace}:${input.key}`, approved: "1" })}#editor`,
});

function contentFields(input: Record<string, unknown>): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [key, value] of Object.entries(input)) if (key.startsWith("field.") && typeof value === "string") fields[key.slice(6)] = value;
  return fields;
}

export const suggestContentAction = defineAction({
  permission: "translations.suggest",
  schema: ZSuggestContent,
  allowed: inTheirLanguage("translations.suggest"),
  run: (input, ctx) =>
    refusable(suggestContent({ kind: input.kind, id: input.id, locale: input.locale, fields: contentFields(input) }, ctx)),
  invalidate: languageStale,
  done: (outcome): TranslationFormState => {
    if (outcome.refused) return outcome.refused;
    const { warnings } = outcome.value;
    return { ...success(warnings.length ? "admin:translations.savedWithWarnings" : "admin:translations.saved"), warnings };
  },
});

export const approveContentAction = defineAction({
  permission: "translations.approve",
  schema: ZApproveContent,
  allowed: inTheirLanguage("translations.approve"),
  run: async (input, ctx) => {
    await approveContent(input, ctx);
    await loadInterfaceStrings();
  },
  invalidate: { ...languageStale, tags: (input) => [TRANSLATIONS_TAG, tagOf(input.kind)] },
  done: "admin:translations.approved",
  redirect: (_done, input) =>
    `/admin/translations/content/${input.kind}/${encodeURIComponent(input.id)}?${new URLSearchParams({ lang: input.locale, approved: "1" })}`,
});

export const saveGlossaryTermAction = defineAction({
  permission: "translations.approve",
  schema: ZGlossaryTerm,
  allowed: inTheirLanguage("translations.approve"),
  run: (input, ctx) => saveGlossaryTerm(input, ctx),
  done: "admin:translations.glossary.saved",
});

export const deleteGlossaryTermAction = defineAction({
  permission: "translations.approve",
  schema: ZGlossaryDelete,
  run: (input, ctx) => deleteGlossaryTerm(input, ctx),
  done: "admin:translations.glossary.deleted",
});

export const setExpectedCharsAction = defineAction({
  permission: "translations.languages",
  schema: ZExpectedChars,
  run: (input, ctx) => setExpectedChars(input, ctx),
  done: "admin:translations.glossary.charsSaved",
});

/** XLIFF import: without `apply`, a dry run (a report per string, nothing written); with it, the new strings become suggestions. */
export const importXliffAction = defineAction({
  permission: "translations.suggest",
  schema: ZImportXliff,
  secret: ["xliff"],
  allowed: inTheirLanguage("translations.suggest"),
  run: async (input, ctx): Promise<{ state: ImportFormState; applied: boolean }> => {
    const xml = input.file && input.file.size > 0 ? await input.file.text() : (input.xliff ?? "");
    const parsed = await parseXliff(xml, input.locale);
    if (!parsed.ok)
      return {
        state: { ok: false, code: "invalid", formError: `translations.${parsed.error.split(".")[1]}`, formErrorParams: parsed.params },
        applied: false,
      };
    const rows = await listStringStates(input.locale as Locale);
    const report = dryRun(
      input.locale,
      parsed.entries,
      rows.map((row) => ({ namespace: row.namespace, key: row.key, source: row.source, current: row.suggestion?.text ?? row.live })),
    );
    if (!input.apply) return { state: { ok: true, message: "admin:translations.xliff.report", report, xliff: xml }, applied: false };
    const count = await importSuggestions({ locale: input.locale, lines: report }, ctx);
    return { state: success("admin:translations.xliff.applied", { count }), applied: true };
  },
  // Suggestions are not live; the workbench's cached reads of that language are.
  invalidate: { ...languageStale, when: (outcome) => outcome.applied },
  done: (outcome) => outcome.state,
});

/** An administrator sets the languages an account translates into and reviews. */
export const setTranslatorLanguagesAction = defineAction({
  permission: "users.manage",
  schema: ZTranslatorLanguages,
  run: (input, ctx) => setTranslatorLanguages(input, ctx),
  done: "admin:translations.profile.saved",
});
