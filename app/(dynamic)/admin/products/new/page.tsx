import type { Metadata } from "next";
import { ProductSettingsFields, ProductTranslationFields } from "@/components/products/admin/product-fields";
import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePermission } from "@/lib/auth/session";
import { getRequestLocale, getT } from "@/lib/i18n/server";
import { createProductAction } from "@/lib/products/actions";
import { listProducerChoices } from "@/lib/products/admin-queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: getT(await getRequestLocale(), "products")("admin.products.newTitle") };
}

/** /admin/products/new: a product's settings and its Vietnamese text (other languages in the editor). */
export default async function NewProductPage() {
  const viewer = await requirePermission("products.manage");
  const locale = await getRequestLocale();
  const t = getT(locale, "products");
  const tAdmin = getT(locale, "admin");
  const producers = await listProducerChoices(viewer);
  return (
    <>
      <p>
        <a href="/admin/products" className="underline">
          ← {tAdmin("common.back")}
        </a>
      </p>
      <PageHeading title={t("admin.products.newTitle")} lead={t("admin.products.newLead")} />
      {producers.length === 0 ? (
        <p className="mt-6">
          {t("admin.products.noProducer")}{" "}
          <a href="/admin/producers/new" className="underline">
            {t("admin.producers.new")}
          </a>
        </p>
      ) : (
        <ActionForm action={createProductAction} className="mt-6 space-y-4">
          <ProductSettingsFields locale={locale} producers={producers} />
          <h2 className="pt-4 text-xl font-bold">{t("admin.editor.vietnamese")}</h2>
          <ProductTranslationFields locale={locale} />
          <SubmitButton pendingLabel={tAdmin("common.saving")}>{tAdmin("common.save")}</SubmitButton>
        </ActionForm>
      )}
    </>
  );
}
