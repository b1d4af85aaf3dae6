import { ActionForm, HiddenField, SubmitButton } from "@/components/ui/action-form";
import type { FormState } from "@/lib/action-result";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";

/** Publish / unpublish a producer or product as one small form (works without JavaScript). */
export function PublishForm({
  action,
  id,
  published,
  locale,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  id: string;
  published: boolean;
  locale: Locale;
}) {
  const t = getT(locale, "products");
  const labels = {
    section: t("admin.editor.publication"),
    state: published ? t("admin.state.published") : t("admin.state.draft"),
    publish: t("admin.editor.publish"),
    unpublish: t("admin.editor.unpublish"),
  };
  return (
    <section aria-label={labels.section} className="mt-4 rounded bg-brand-50 p-3">
      <p className="font-semibold">{labels.state}</p>
      <ActionForm action={action} className="mt-2" label={published ? labels.unpublish : labels.publish}>
        <HiddenField name="id" value={id} />
        <HiddenField name="published" value={published ? "false" : "true"} />
        <SubmitButton variant={published ? "secondary" : "primary"}>{published ? labels.unpublish : labels.publish}</SubmitButton>
      </ActionForm>
    </section>
  );
}
