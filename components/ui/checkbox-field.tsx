"use client";

import { useTranslation } from "react-i18next";
import { useFieldId, useFormResult } from "@/components/ui/action-form";
import { translateKey } from "@/lib/i18n/translate-key";

/** A checkbox that keeps its tick and shows its error after a round trip without JavaScript. */
export function CheckboxField({
  name,
  label,
  hint,
  defaultChecked,
}: {
  name: string;
  label: string;
  hint?: string;
  defaultChecked?: boolean;
}) {
  const state = useFormResult();
  const fieldId = useFieldId(name);
  const { t } = useTranslation("errors");
  const errors = state.fieldErrors?.[name] ?? [];
  const checked = state.values ? state.values[name] === "on" : Boolean(defaultChecked);
  return (
    <div className={errors.length ? "border-l-4 border-accent-600 pl-3" : undefined}>
      {errors.length > 0 && (
        <p id={`${name}-error`} className="font-semibold text-accent-700">
          {errors.map((key) => translateKey(t, key)).join(" ")}
        </p>
      )}
      <label className="flex min-h-11 items-start gap-3">
        <input
          id={fieldId}
          type="checkbox"
          name={name}
          defaultChecked={checked}
          key={String(checked)}
          aria-invalid={errors.length ? true : undefined}
          aria-describedby={errors.length ? `${name}-error` : undefined}
          className="mt-1 size-5 shrink-0"
        />
        <span>
          {label}
          {hint && <span className="block text-sm text-muted">{hint}</span>}
        </span>
      </label>
    </div>
  );
}
