import type { Metadata } from "next";
import { NoticeSettingsFields, NoticeTextFields } from "@/components/notices/notice-fields";
import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { PageHeading } from "@/components/ui/page-heading";
import { reachOf } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { getRequestLocale, getT } from "@/lib/i18n/server";
import { createNoticeAction } from "@/lib/notices/actions";
import { areaTreeFor } from "@/lib/notices/admin-queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: getT(await getRequestLocale(), "notices")("admin.newTitle") };
}

export default async function NewNoticePage() {
  const viewer = await requirePermission("notices.manage");
  const locale = await getRequestLocale();
  const t = getT(locale, "notices");
  const tAdmin = getT(locale, "admin");
  const tree = await areaTreeFor(viewer);
  return (
    <>
      <p>
        <a href="/admin/notices" className="underline">
          ← {tAdmin("common.back")}
        </a>
      </p>
      <PageHeading title={t("admin.newTitle")} lead={t("admin.newLead")} />
      <ActionForm action={createNoticeAction} className="mt-6 space-y-4">
        <NoticeSettingsFields locale={locale} tree={tree} allowProvince={reachOf(viewer, "notices.manage") === "all"} />
        <NoticeTextFields locale={locale} />
        <SubmitButton pendingLabel={tAdmin("common.saving")}>{tAdmin("common.save")}</SubmitButton>
      </ActionForm>
    </>
  );
}
