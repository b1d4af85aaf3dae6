"use client";

import { useTranslation } from "react-i18next";
import { useFieldId, useFormResult } from "@/components/ui/action-form";
import { translateKey } from "@/lib/i18n/translate-key";

/**
 * Several checkboxes of one name inside an ActionForm, with the field's errors and the choices
 * kept after a failed submit. A hidden `<name>Present` says the group was on the form, so that
 * clearing every box is a change, not a missing field.
 */
export function CheckboxGroupField({
  name,
  legend,
  options,
  defaultValues,
}: {
  name: string;
  legend: string;
  options: { value: string; label: string }[];
  defaultValues: string[];
}) {
  const state = useFormResult();
  const fieldId = useFieldId(name);
  const { t } = useTranslation("errors");
  const errors = (state.fieldErrors?.[name] ?? []).map((key) => translateKey(t, key));
  const echoed = state.values?.[name];
  const chosen = new Set(echoed !== undefined ? echoed.split(",") : defaultValues);
  return (
    <fieldset id={fieldId} className={errors.length ? "border-l-4 border-accent-600 pl-3" : undefined}>
      <legend className="font-semibold">{legend}</legend>
      {errors.length > 0 && <p className="font-semibold text-accent-700">{errors.join(" ")}</p>}
      <input type="hidden" name={`${name}Present`} value="1" />
      <div className="mt-1 flex max-h-56 flex-wrap gap-x-4 gap-y-1 overflow-y-auto">
        {options.map((option) => (
          <label key={option.value} className="inline-flex min-h-11 items-center gap-2">
            <input
              type="checkbox"
              name={name}
              value={option.value}
              defaultChecked={chosen.has(option.value)}
              key={`${option.value}-${chosen.has(option.value)}`}
              className="size-5"
            />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
