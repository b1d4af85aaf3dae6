import type { Metadata } from "next";
import { QuestionFields } from "@/components/forum/ask-form";
import { ActionForm, SubmitButton, TextField } from "@/components/ui/action-form";
import { PageHeading } from "@/components/ui/page-heading";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { submitOnBehalfAction } from "@/lib/forum/actions";
import { FORUM_TOPICS } from "@/lib/forum/states";
import { getRequestLocale, getT } from "@/lib/i18n/server";
import { listCommunes } from "@/lib/units/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: getT(await getRequestLocale(), "forum")("admin.new.title") };
}

/** A cadre or official types in a resident's question (a cadre: for their own commune). */
export default async function NewForumQuestionPage() {
  const viewer = await requirePermission("forum.submitOnBehalf");
  const locale = await getRequestLocale();
  const t = getT(locale, "forum");
  const communes = (await listCommunes()).filter((c) => can(viewer, "forum.submitOnBehalf", { communeId: c.id }));
  return (
    <>
      <p>
        <a href="/admin/forum" className="underline">
          ← {t("admin.detail.back")}
        </a>
      </p>
      <PageHeading title={t("admin.new.title")} lead={t("admin.new.lead")} />
      <ActionForm action={submitOnBehalfAction} className="mt-6 max-w-2xl space-y-5">
        <QuestionFields
          topics={FORUM_TOPICS.map((topic) => ({ value: topic, label: t(`topics.${topic}`) }))}
          communes={communes.map((c) => ({ value: c.id, label: c.fullName }))}
          defaultCommune={communes.length === 1 ? communes[0]!.id : undefined}
        />
        <TextField name="onBehalfNote" label={t("admin.new.onBehalfNote")} hint={t("admin.new.onBehalfHint")} required />
        <SubmitButton>{t("admin.new.submit")}</SubmitButton>
      </ActionForm>
    </>
  );
}
