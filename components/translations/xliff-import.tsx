"use client";

import { useActionState } from "react";
import { useTranslation } from "react-i18next";
import { initialFormState } from "@/lib/action-result";
import { translateKey } from "@/lib/i18n/translate-key";
import type { ImportFormState } from "@/lib/translations/actions";
import { StatusMessage } from "@/components/ui/status-message";

/** XLIFF import: a dry run with its per-string report first, then "import these" with the same file's text. */
export function XliffImport({
  action,
  locale,
}: {
  action: (state: ImportFormState, formData: FormData) => Promise<ImportFormState>;
  locale: string;
}) {
  const [state, formAction] = useActionState(action, initialFormState as ImportFormState);
  const { t } = useTranslation(["admin", "errors"]);
  return (
    <div className="space-y-4">
      <div aria-live="polite" role="status">
        {state.ok === false && state.formError && (
          <p className="rounded border-l-4 border-accent-600 bg-red-50 px-4 py-3 font-semibold text-accent-700">
            {translateKey(t, `errors:${state.formError}`, state.formErrorParams)}
          </p>
        )}
        {state.ok === true && state.message && !state.report && (
          <StatusMessage live={false}>{translateKey(t, state.message, state.messageParams)}</StatusMessage>
        )}
      </div>
      <form action={formAction} className="space-y-2" aria-label={t("admin:translations.xliff.dryRun")}>
        <input type="hidden" name="locale" value={locale} />
        <label htmlFor="xliff-file" className="block font-semibold">
          {t("admin:translations.xliff.file")}
        </label>
        <input id="xliff-file" name="file" type="file" accept=".xlf,.xliff,application/xliff+xml" required className="block" />
        <button
          type="submit"
          className="min-h-11 cursor-pointer rounded border-2 border-brand-700 px-4 font-semibold text-brand-700 hover:bg-brand-50"
        >
          {t("admin:translations.xliff.dryRun")}
        </button>
      </form>
      {state.report && (
        <section aria-labelledby="xliff-report">
          <h2 id="xliff-report" className="text-lg font-bold">
            {t("admin:translations.xliff.report")}
          </h2>
          <table className="mt-2 w-full text-left text-sm">
            <thead>
              <tr className="border-b-2 border-brand-700">
                <th scope="col" className="p-2">
                  {t("admin:translations.key")}
                </th>
                <th scope="col" className="p-2">
                  {t("admin:translations.suggestion")}
                </th>
                <th scope="col" className="p-2">
                  {t("admin:translations.state")}
                </th>
              </tr>
            </thead>
            <tbody>
              {state.report.map((line) => (
                <tr key={`${line.namespace}:${line.key}`} className="border-b border-brand-100 align-top">
                  <td className="p-2 font-mono text-xs">
                    {line.namespace}:{line.key}
                  </td>
                  <td className="p-2" lang={locale}>
                    {line.target}
                  </td>
                  <td className="p-2">
                    {t(`admin:translations.xliff.outcomes.${line.outcome}`)}
                    {line.issues.map((issue, i) => (
                      <span key={i} className="block text-accent-700">
                        {translateKey(t, `errors:${issue.key}`, issue.params)}
                      </span>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <form action={formAction} className="mt-3" aria-label={t("admin:translations.xliff.apply")}>
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="xliff" value={state.xliff ?? ""} />
            <input type="hidden" name="apply" value="1" />
            <button type="submit" className="min-h-11 cursor-pointer rounded bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800">
              {t("admin:translations.xliff.apply")}
            </button>
          </form>
        </section>
      )}
    </div>
  );
}
