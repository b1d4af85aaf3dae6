import type { ReactNode } from "react";
import { ActionForm, HiddenField, SubmitButton } from "@/components/ui/action-form";
import type { FormState } from "@/lib/action-result";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";

/** A producer's or product's editor section: a heading and one form of its fields with "save". */
export function FieldsSection({
  sectionId,
  title,
  action,
  id,
  locale,
  children,
}: {
  /** The heading's id, which labels the section. */
  sectionId: string;
  title: string;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  /** The producer's or product's id, sent as `id`. */
  id: string;
  locale: Locale;
  children: ReactNode;
}) {
  const tAdmin = getT(locale, "admin");
  return (
    <section aria-labelledby={sectionId} className="mt-8">
      <h2 id={sectionId} className="text-xl font-bold">
        {title}
      </h2>
      <ActionForm action={action} className="mt-3 space-y-4" label={title}>
        <HiddenField name="id" value={id} />
        {children}
        <SubmitButton pendingLabel={tAdmin("common.saving")}>{tAdmin("common.save")}</SubmitButton>
      </ActionForm>
    </section>
  );
}
