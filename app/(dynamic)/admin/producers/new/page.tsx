import type { Metadata } from "next";
import { ProducerFields } from "@/components/products/admin/producer-fields";
import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePermission } from "@/lib/auth/session";
import { listEthnicGroups } from "@/lib/ethnic-groups/queries";
import { getRequestLocale, getT } from "@/lib/i18n/server";
import { saveProducerAction } from "@/lib/products/actions";
import { listVillageChoices } from "@/lib/products/admin-queries";
import { listCommunes } from "@/lib/units/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: getT(await getRequestLocale(), "products")("admin.producers.newTitle") };
}

export default async function NewProducerPage() {
  const viewer = await requirePermission("products.manage");
  const locale = await getRequestLocale();
  const t = getT(locale, "products");
  const tAdmin = getT(locale, "admin");
  const [communes, villages, groups] = await Promise.all([listCommunes(), listVillageChoices(viewer), listEthnicGroups()]);
  return (
    <>
      <p>
        <a href="/admin/producers" className="underline">
          ← {tAdmin("common.back")}
        </a>
      </p>
      <PageHeading title={t("admin.producers.newTitle")} />
      <ActionForm action={saveProducerAction} className="mt-6 space-y-4">
        <ProducerFields viewer={viewer} locale={locale} communes={communes} villages={villages} groups={groups} />
        <SubmitButton pendingLabel={tAdmin("common.saving")}>{tAdmin("common.save")}</SubmitButton>
      </ActionForm>
    </>
  );
}
