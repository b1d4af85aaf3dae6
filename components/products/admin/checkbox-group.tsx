"use client";

import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useFieldId, useFormResult } from "@/components/ui/action-form";
import { translateKey } from "@/lib/i18n/translate-key";

/**
 * A group of checkboxes sending several values under one name (months, ethnic groups). After a
 * refused submit the boxes show what was ticked (the action echoes them joined by commas).
 */
export function CheckboxGroup({
  name,
  legend,
  hint,
  options,
  defaultValues,
}: {
  name: string;
  legend: string;
  hint?: string;
  options: { value: string; label: string }[];
  defaultValues: string[];
}) {
  const state = useFormResult();
  const fieldId = useFieldId(name);
  const { t } = useTranslation("errors");
  const uid = useId();
  const echoed = state.values?.[name];
  const checked = new Set(echoed !== undefined ? echoed.split(",").filter(Boolean) : defaultValues);
  const errors = (state.fieldErrors?.[name] ?? []).map((key) => translateKey(t, key));
  return (
    <fieldset
      id={fieldId}
      className={errors.length ? "border-l-4 border-accent-600 pl-3" : undefined}
      aria-describedby={hint ? `${uid}-hint` : undefined}
    >
      <legend className="font-semibold">{legend}</legend>
      {hint && (
        <p id={`${uid}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      )}
      {errors.length > 0 && <p className="font-semibold text-accent-700">{errors.join(" ")}</p>}
      <div className="mt-1 flex max-w-3xl flex-wrap gap-x-4 gap-y-1" key={[...checked].join(",")}>
        {options.map((option) => (
          <label key={option.value} className="inline-flex min-h-11 items-center gap-2">
            <input type="checkbox" name={name} value={option.value} defaultChecked={checked.has(option.value)} className="h-5 w-5" />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
