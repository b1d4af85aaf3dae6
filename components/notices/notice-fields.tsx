import { SelectField, TextAreaField, TextField } from "@/components/ui/action-form";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import type { AreaTree } from "@/lib/notices/admin-queries";
import {
  NOTICE_CATEGORIES,
  NOTICE_CERTAINTIES,
  NOTICE_HAZARDS,
  NOTICE_SEVERITIES,
  NOTICE_URGENCIES,
  provinceInputTime,
} from "@/lib/notices/states";
import { AreaPicker } from "./area-picker";

type Values = {
  category: string;
  hazard: string | null;
  severity: string;
  urgency: string;
  certainty: string;
  provinceWide: boolean;
  effectiveAt: Date;
  expiresAt: Date;
  unitIds: string[];
};

/** Field, kind of disaster, severity, urgency, certainty, area and validity of a notice. */
export function NoticeSettingsFields({
  locale,
  tree,
  allowProvince,
  values,
}: {
  locale: Locale;
  tree: AreaTree;
  allowProvince: boolean;
  values?: Values;
}) {
  const t = getT(locale, "notices");
  const choose = { value: "", label: t("admin.fields.choose") };
  return (
    <>
      <SelectField
        name="category"
        label={t("admin.fields.category")}
        required
        defaultValue={values?.category ?? ""}
        options={[choose, ...NOTICE_CATEGORIES.map((value) => ({ value, label: t(`categories.${value}`) }))]}
      />
      <SelectField
        name="hazard"
        label={t("admin.fields.hazard")}
        hint={t("admin.fields.hazardHint")}
        defaultValue={values?.hazard ?? ""}
        options={[
          { value: "", label: t("admin.fields.hazardNone") },
          ...NOTICE_HAZARDS.map((value) => ({ value, label: t(`hazards.${value}`) })),
        ]}
      />
      <SelectField
        name="severity"
        label={t("admin.fields.severity")}
        required
        defaultValue={values?.severity ?? ""}
        options={[choose, ...NOTICE_SEVERITIES.map((value) => ({ value, label: t(`severity.${value}`) }))]}
      />
      <SelectField
        name="urgency"
        label={t("admin.fields.urgency")}
        required
        defaultValue={values?.urgency ?? "IMMEDIATE"}
        options={NOTICE_URGENCIES.map((value) => ({ value, label: t(`urgency.${value}`) }))}
      />
      <SelectField
        name="certainty"
        label={t("admin.fields.certainty")}
        required
        defaultValue={values?.certainty ?? "LIKELY"}
        options={NOTICE_CERTAINTIES.map((value) => ({ value, label: t(`certainty.${value}`) }))}
      />
      <AreaPicker
        tree={tree}
        selected={values?.unitIds ?? []}
        provinceWide={values?.provinceWide ?? false}
        allowProvince={allowProvince}
        labels={{
          legend: t("admin.fields.area"),
          hint: t("admin.fields.areaHint"),
          province: t("admin.fields.provinceWide"),
          villagesOf: t("admin.fields.villagesOf"),
        }}
      />
      <TextField
        type="datetime-local"
        name="effectiveAt"
        label={t("admin.fields.effectiveAt")}
        hint={t("admin.fields.effectiveHint")}
        defaultValue={values ? provinceInputTime(values.effectiveAt) : undefined}
      />
      <TextField
        type="datetime-local"
        name="expiresAt"
        label={t("admin.fields.expiresAt")}
        hint={t("admin.fields.expiresHint")}
        required
        defaultValue={values ? provinceInputTime(values.expiresAt) : undefined}
      />
    </>
  );
}

/** Headline, situation and what to do, in one language. */
export function NoticeTextFields({
  locale,
  values,
}: {
  locale: Locale;
  values?: { headline: string; description: string; instruction: string };
}) {
  const t = getT(locale, "notices");
  return (
    <>
      <TextField
        name="headline"
        label={t("admin.fields.headline")}
        hint={t("admin.fields.headlineHint")}
        required
        defaultValue={values?.headline}
      />
      <TextAreaField name="description" label={t("admin.fields.description")} required rows={5} defaultValue={values?.description} />
      <TextAreaField
        name="instruction"
        label={t("admin.fields.instruction")}
        hint={t("admin.fields.instructionHint")}
        required
        rows={4}
        defaultValue={values?.instruction}
      />
    </>
  );
}
