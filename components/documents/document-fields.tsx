import { CheckboxField } from "@/components/ui/checkbox-field";
import { HiddenField, SelectField, TextAreaField, TextField } from "@/components/ui/action-form";
import { DOCUMENT_STATUSES, DOCUMENT_TYPES } from "@/lib/documents/schema";
import type { Locale } from "@/lib/i18n/config";
import type { DocumentFields } from "@/lib/documents/schema";
import { getT } from "@/lib/i18n/server";

type Doc = DocumentFields & { id: string };

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : undefined);

/** The fields of a legal document, for the new and edit forms. */
export function DocumentFields({
  locale,
  doc,
  choices,
}: {
  locale: Locale;
  doc?: Doc;
  choices: { id: string; number: string; title: string }[];
}) {
  const t = getT(locale, "documents");
  return (
    <>
      {doc && <HiddenField name="id" value={doc.id} />}
      <TextField name="number" label={t("fields.number")} hint={t("admin.numberHint")} required defaultValue={doc?.number} />
      <SelectField
        name="type"
        label={t("fields.type")}
        required
        defaultValue={doc?.type}
        options={DOCUMENT_TYPES.map((type) => ({ value: type, label: t(`types.${type}`) }))}
      />
      <TextField name="issuer" label={t("fields.issuer")} required defaultValue={doc?.issuer} />
      <TextAreaField name="title" label={t("fields.title")} required rows={2} defaultValue={doc?.title} />
      <TextField
        name="signedOn"
        type="date"
        label={t("fields.signedOn")}
        hint={t("admin.signedHint")}
        required
        defaultValue={day(doc?.signedOn ?? null)}
      />
      <TextField name="effectiveOn" type="date" label={t("fields.effectiveOn")} defaultValue={day(doc?.effectiveOn ?? null)} />
      <SelectField
        name="status"
        label={t("fields.status")}
        required
        defaultValue={doc?.status ?? "IN_FORCE"}
        options={DOCUMENT_STATUSES.map((status) => ({ value: status, label: t(`statuses.${status}`) }))}
      />
      <SelectField
        name="replacedById"
        label={t("fields.replacedBy")}
        hint={t("admin.replacedByHint")}
        defaultValue={doc?.replacedById ?? ""}
        options={[
          { value: "", label: t("admin.none") },
          ...choices
            .filter((choice) => choice.id !== doc?.id)
            .map((choice) => ({ value: choice.id, label: `${choice.number}: ${choice.title.slice(0, 80)}` })),
        ]}
      />
      <TextField name="field" label={t("fields.field")} required defaultValue={doc?.field} />
      <TextAreaField name="summary" label={t("fields.summary")} required rows={6} defaultValue={doc?.summary} />
      <CheckboxField name="published" label={t("fields.published")} defaultChecked={doc?.published ?? true} />
    </>
  );
}
