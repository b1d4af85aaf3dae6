"use client";

import { useActionState, useId } from "react";
import { useFormStatus } from "react-dom";
import { useTranslation } from "react-i18next";
import { initialFormState } from "@/lib/action-result";
import { translateKey } from "@/lib/i18n/translate-key";
import type { TranslationFormState } from "@/lib/translations/actions";
import { StatusMessage } from "@/components/ui/status-message";

type Field = { name: string; label: string; defaultValue: string; long: boolean; lang: string; hint?: string };

/**
 * A workbench form (a string's or an item's translation, an approval): works without
 * JavaScript; the checks' findings are shown next to their field with their details
 * (which placeholder is missing), warnings below, the outcome in a live region.
 */
export function TranslationForm({
  action,
  hidden,
  fields,
  submitLabel,
  pendingLabel,
  label,
}: {
  action: (state: TranslationFormState, formData: FormData) => Promise<TranslationFormState>;
  hidden: Record<string, string>;
  fields: Field[];
  submitLabel: string;
  pendingLabel: string;
  label: string;
}) {
  const [state, formAction] = useActionState(action, initialFormState as TranslationFormState);
  const { t } = useTranslation(["errors", "admin"]);
  const uid = useId();
  return (
    <form action={formAction} className="space-y-4" aria-label={label} noValidate>
      <div aria-live="polite" role="status">
        {state.ok === false && state.formError && (
          <p className="rounded border-l-4 border-accent-600 bg-red-50 px-4 py-3 font-semibold text-accent-700">
            {translateKey(t, state.formError, state.formErrorParams)}
          </p>
        )}
        {state.ok === true && state.message && (
          <StatusMessage live={false}>{translateKey(t, state.message, state.messageParams)}</StatusMessage>
        )}
        {state.warnings && state.warnings.length > 0 && (
          <ul className="mt-2 list-disc rounded border-l-4 border-amber-500 bg-amber-50 py-2 pl-8 pr-3 text-sm">
            {state.warnings.map((w, i) => (
              <li key={i}>{translateKey(t, `errors:${w.key}`, w.params)}</li>
            ))}
          </ul>
        )}
      </div>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {fields.map((field) => {
        const issues = state.issues?.[field.name] ?? (state.fieldErrors?.[field.name] ?? []).map((key) => ({ key, params: undefined }));
        const errorId = issues.length ? `${uid}-${field.name}-error` : undefined;
        const hintId = field.hint ? `${uid}-${field.name}-hint` : undefined;
        const value = state.values?.[field.name] ?? field.defaultValue;
        const common = {
          id: `field-${field.name}`,
          name: field.name,
          lang: field.lang,
          defaultValue: value,
          "aria-invalid": issues.length ? true : undefined,
          "aria-describedby": [hintId, errorId].filter(Boolean).join(" ") || undefined,
          className: "mt-1 block w-full rounded border-2 border-gray-500 bg-white px-3 py-2 aria-invalid:border-accent-600",
        };
        return (
          <div key={`${field.name}:${value}`} className={issues.length ? "border-l-4 border-accent-600 pl-3" : undefined}>
            <label htmlFor={common.id} className="block font-semibold">
              {field.label}
            </label>
            {field.hint && (
              <p id={hintId} className="text-sm text-muted">
                {field.hint}
              </p>
            )}
            {issues.length > 0 && (
              <p id={errorId} className="font-semibold text-accent-700">
                {issues
                  .map((issue) => translateKey(t, issue.key.includes(":") ? issue.key : `errors:${issue.key}`, issue.params))
                  .join(" ")}
              </p>
            )}
            {field.long ? (
              <textarea rows={Math.min(16, Math.max(4, value.split("\n").length + 1))} {...common} />
            ) : (
              <input type="text" {...common} />
            )}
          </div>
        );
      })}
      <Submit label={submitLabel} pendingLabel={pendingLabel} />
    </form>
  );
}

function Submit({ label, pendingLabel }: { label: string; pendingLabel: string }) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      className="min-h-11 cursor-pointer rounded bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800 disabled:opacity-70"
    >
      {pending ? pendingLabel : label}
    </button>
  );
}
