import { TextAreaField, TextField } from "@/components/ui/action-form";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { MarkdownPreview } from "./markdown-preview";

/** Title, address, summary, text (with a preview) and translator of one language. */
export function TranslationFields({
  locale,
  lang,
  values,
  showChangeNote,
}: {
  /** The interface language. */
  locale: Locale;
  /** The language of the text being edited. */
  lang: Locale;
  values?: { title: string; slug: string; summary: string; body: string; translator: string | null };
  showChangeNote?: boolean;
}) {
  const t = getT(locale, "admin");
  return (
    <div className="space-y-4">
      <TextField name="title" label={t("articles.fields.title")} required defaultValue={values?.title} />
      <TextField name="slug" label={t("articles.fields.slug")} hint={t("articles.fields.slugHint")} defaultValue={values?.slug} />
      <TextAreaField
        name="summary"
        rows={3}
        label={t("articles.fields.summary")}
        hint={t("articles.fields.summaryHint")}
        required
        defaultValue={values?.summary}
      />
      <TextAreaField
        name="body"
        rows={16}
        label={t("articles.fields.body")}
        hint={t("articles.fields.bodyHint")}
        required
        defaultValue={values?.body}
      />
      <MarkdownPreview
        field="body"
        labels={{
          button: t("articles.editor.preview"),
          title: t("articles.editor.previewTitle"),
          failed: t("articles.editor.previewFailed"),
        }}
      />
      {lang !== "vi" && (
        <TextField
          name="translator"
          label={t("articles.fields.translator")}
          hint={t("articles.fields.translatorHint")}
          defaultValue={values?.translator ?? undefined}
        />
      )}
      {showChangeNote && <TextField name="changeNote" label={t("articles.fields.changeNote")} hint={t("articles.fields.changeNoteHint")} />}
    </div>
  );
}
