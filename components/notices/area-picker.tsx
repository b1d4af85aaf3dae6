"use client";

import { useTranslation } from "react-i18next";
import { useFieldId, useFormResult } from "@/components/ui/action-form";
import { translateKey } from "@/lib/i18n/translate-key";

type Tree = { id: string; fullName: string; children: { id: string; fullName: string }[] }[];

/**
 * The area of a notice from the admin-unit tree: the whole province (officials only), communes,
 * or some villages of a commune. Plain checkboxes (`area.<unitId>`), so it works without
 * JavaScript; after a refused save the boxes keep what was ticked.
 */
export function AreaPicker({
  tree,
  selected,
  provinceWide,
  allowProvince,
  labels,
}: {
  tree: Tree;
  selected: string[];
  provinceWide: boolean;
  allowProvince: boolean;
  labels: { legend: string; hint: string; province: string; villagesOf: string };
}) {
  const state = useFormResult();
  const fieldId = useFieldId("area");
  const { t } = useTranslation("errors");
  const submitted = state.values !== undefined;
  const checked = (id: string) => (submitted ? state.values?.[`area.${id}`] === "on" : selected.includes(id));
  const wholeProvince = submitted ? state.values?.provinceWide === "on" : provinceWide;
  const errors = (state.fieldErrors?.area ?? []).map((key) => translateKey(t, key));
  const box = "h-5 w-5 shrink-0";
  return (
    <fieldset
      id={fieldId}
      aria-describedby={errors.length ? "area-error area-hint" : "area-hint"}
      className={errors.length ? "border-l-4 border-accent-600 pl-3" : undefined}
    >
      <legend className="font-semibold">
        {labels.legend} <span aria-hidden="true">*</span>
      </legend>
      <p id="area-hint" className="text-sm text-muted">
        {labels.hint}
      </p>
      {errors.length > 0 && (
        <p id="area-error" className="font-semibold text-accent-700">
          {errors.join(" ")}
        </p>
      )}
      {allowProvince && (
        <label className="mt-2 flex items-center gap-2 font-semibold">
          <input type="checkbox" name="provinceWide" defaultChecked={wholeProvince} className={box} />
          {labels.province}
        </label>
      )}
      <ul className="mt-2 grid gap-2 sm:grid-cols-2">
        {tree.map((commune) => (
          <li key={commune.id} className="rounded border border-brand-100 p-2">
            <label className="flex items-center gap-2 font-semibold">
              <input type="checkbox" name={`area.${commune.id}`} defaultChecked={checked(commune.id)} className={box} />
              {commune.fullName}
            </label>
            {commune.children.length > 0 && (
              <fieldset className="mt-1 pl-7">
                <legend className="sr-only">{labels.villagesOf.replace("{{commune}}", commune.fullName)}</legend>
                {commune.children.map((village) => (
                  <label key={village.id} className="flex items-center gap-2 text-sm">
                    <input type="checkbox" name={`area.${village.id}`} defaultChecked={checked(village.id)} className="h-4 w-4" />
                    {village.fullName}
                  </label>
                ))}
              </fieldset>
            )}
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
