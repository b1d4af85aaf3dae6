import type { Metadata } from "next";
import { CourseFields } from "@/components/training/course-fields";
import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { PageHeading } from "@/components/ui/page-heading";
import { reachOf } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { getRequestLocale, getT } from "@/lib/i18n/server";
import { createTrainingCourseAction } from "@/lib/training/actions";
import { trainingCommunes } from "@/lib/training/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: getT(await getRequestLocale(), "training")("training.new") };
}

/** A new training course; sessions and participants come next, on its page. */
export default async function NewTrainingCoursePage() {
  const viewer = await requirePermission("training.manage");
  const locale = await getRequestLocale();
  const t = getT(locale, "training");
  const tAdmin = getT(locale, "admin");
  const communes = await trainingCommunes(viewer);
  return (
    <>
      <p>
        <a href="/admin/training" className="underline">
          {t("training.back")}
        </a>
      </p>
      <PageHeading title={t("training.new")} />
      <ActionForm action={createTrainingCourseAction} className="mt-4 space-y-4" label={t("training.new")}>
        <CourseFields locale={locale} communes={communes} allowProvince={reachOf(viewer, "training.manage") === "all"} />
        <SubmitButton pendingLabel={tAdmin("common.saving")}>{tAdmin("common.save")}</SubmitButton>
      </ActionForm>
    </>
  );
}
