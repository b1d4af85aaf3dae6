"use client";

import { useTranslation } from "react-i18next";
import { useFieldId, useFormResult } from "@/components/ui/action-form";
import { translateKey } from "@/lib/i18n/translate-key";

/**
 * One cell of the entry grid: a number input labelled by its indicator and village, with its
 * message right below when it is not valid, and who last changed it.
 */
export function GridCell({
  name,
  label,
  defaultValue,
  lastChanged,
}: {
  name: string;
  label: string;
  defaultValue: string;
  lastChanged?: string;
}) {
  const state = useFormResult();
  const fieldId = useFieldId(name);
  const { t } = useTranslation("errors");
  const errors = (state.fieldErrors?.[name] ?? []).map((key) => translateKey(t, key));
  const value = state.values?.[name] ?? defaultValue;
  const errorId = `${name}-error`;
  return (
    <div className={errors.length ? "border-l-4 border-accent-600 pl-1" : undefined}>
      <input
        id={fieldId}
        name={name}
        inputMode="decimal"
        defaultValue={value}
        key={value}
        aria-label={label}
        aria-invalid={errors.length ? true : undefined}
        aria-describedby={errors.length ? errorId : undefined}
        className="block w-24 rounded border-2 border-gray-500 bg-white px-2 py-1 text-right tabular-nums aria-invalid:border-accent-600"
      />
      {errors.length > 0 && (
        <p id={errorId} className="mt-1 max-w-40 text-xs font-semibold text-accent-700">
          {errors.join(" ")}
        </p>
      )}
      {lastChanged && <p className="mt-0.5 max-w-32 text-xs text-muted">{lastChanged}</p>}
    </div>
  );
}
