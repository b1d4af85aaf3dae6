import { ActionForm, HiddenField, SubmitButton } from "@/components/ui/action-form";
import type { FormState } from "@/lib/action-result";

/** Publish / unpublish as one small form (works without JavaScript). */
export function PublishForm({
  action,
  id,
  published,
  labels,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  id: string;
  published: boolean;
  labels: { state: string; publish: string; unpublish: string; section: string };
}) {
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
