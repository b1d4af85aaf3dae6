import { SelectField, TextAreaField, TextField } from "@/components/ui/action-form";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { ITEM_LANGUAGES, LIBRARY_ACCESS, LIBRARY_TOPICS, LIBRARY_TYPES } from "@/lib/library/catalog";
import { CheckboxGroupField } from "./checkbox-group";

type Values = {
  type: string;
  topic: string;
  access: string;
  accessNote: string | null;
  itemLanguages: string[];
  groupIds: string[];
  source: string | null;
  year: number | null;
  licence: string | null;
};

/** Type, topic, access (with its reason), item languages, ethnic groups, source, year, licence. */
export function LibraryItemSettingsFields({
  locale,
  groups,
  values,
}: {
  locale: Locale;
  groups: { id: string; name: string }[];
  values?: Values;
}) {
  const t = getT(locale, "admin");
  const tl = getT(locale, "library");
  return (
    <div className="space-y-4">
      <SelectField
        name="type"
        label={t("library.fields.type")}
        required
        defaultValue={values?.type}
        options={LIBRARY_TYPES.map((type) => ({ value: type, label: tl(`types.${type}`) }))}
      />
      <SelectField
        name="topic"
        label={t("library.fields.topic")}
        required
        defaultValue={values?.topic}
        options={LIBRARY_TOPICS.map((topic) => ({ value: topic, label: tl(`topics.${topic}`) }))}
      />
      <CheckboxGroupField
        name="itemLanguages"
        legend={t("library.fields.itemLanguages")}
        defaultValues={values?.itemLanguages ?? []}
        options={ITEM_LANGUAGES.map((code) => ({ value: code, label: tl(`languages.${code}`) }))}
      />
      <CheckboxGroupField
        name="groupIds"
        legend={t("library.fields.groups")}
        defaultValues={values?.groupIds ?? []}
        options={groups.map((group) => ({ value: group.id, label: group.name }))}
      />
      <SelectField
        name="access"
        label={t("library.fields.access")}
        required
        defaultValue={values?.access ?? "PUBLIC"}
        options={LIBRARY_ACCESS.map((access) => ({ value: access, label: t(`library.access.${access}`) }))}
      />
      <TextAreaField
        name="accessNote"
        rows={2}
        label={t("library.fields.accessNote")}
        hint={t("library.fields.accessNoteHint")}
        defaultValue={values?.accessNote ?? undefined}
      />
      <TextField name="source" label={t("library.fields.source")} defaultValue={values?.source ?? undefined} />
      <TextField name="year" label={t("library.fields.year")} defaultValue={values?.year ? String(values.year) : undefined} />
      <TextAreaField name="licence" rows={2} label={t("library.fields.licence")} defaultValue={values?.licence ?? undefined} />
    </div>
  );
}
