import { SelectField, TextField } from "@/components/ui/action-form";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { TRAINING_KINDS, TRAINING_LANGUAGES, dayString } from "@/lib/training/catalog";

type Values = {
  title: string;
  kind: string;
  language: string | null;
  startsOn: Date;
  endsOn: Date;
  place: string;
  trainer: string;
  communeId: string | null;
};

/**
 * The fields of a training course. `communes` are those the viewer may organise for; with
 * `allowProvince` the first choice is the province itself.
 */
export function CourseFields({
  locale,
  communes,
  allowProvince,
  values,
}: {
  locale: Locale;
  communes: { id: string; fullName: string }[];
  allowProvince: boolean;
  values?: Values;
}) {
  const t = getT(locale, "training");
  return (
    <>
      <TextField name="title" label={t("training.courseTitle")} required defaultValue={values?.title} />
      <SelectField
        name="kind"
        label={t("training.kind")}
        required
        defaultValue={values?.kind}
        options={TRAINING_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
      />
      <SelectField
        name="language"
        label={t("training.language")}
        hint={t("training.languageHint")}
        defaultValue={values?.language ?? ""}
        options={[
          { value: "", label: t("training.noLanguage") },
          ...TRAINING_LANGUAGES.map((code) => ({ value: code, label: t(`languages.${code}`) })),
        ]}
      />
      <TextField
        name="startsOn"
        type="date"
        label={t("training.startsOn")}
        required
        defaultValue={values ? dayString(values.startsOn) : undefined}
      />
      <TextField
        name="endsOn"
        type="date"
        label={t("training.endsOn")}
        required
        defaultValue={values ? dayString(values.endsOn) : undefined}
      />
      <TextField name="place" label={t("training.place")} required defaultValue={values?.place} />
      <TextField name="trainer" label={t("training.trainer")} required defaultValue={values?.trainer} />
      <SelectField
        name="communeId"
        label={t("training.commune")}
        required
        defaultValue={values?.communeId ?? ""}
        options={[
          ...(allowProvince ? [{ value: "", label: t("training.province") }] : []),
          ...communes.map((c) => ({ value: c.id, label: c.fullName })),
        ]}
      />
    </>
  );
}
