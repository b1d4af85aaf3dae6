import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EditorFrame } from "@/components/admin/editor-frame";
import { PhotoManager } from "@/components/products/admin/photo-manager";
import { ProducerFields } from "@/components/products/admin/producer-fields";
import { PublishForm } from "@/components/products/admin/publish-form";
import { FieldsSection } from "@/components/products/admin/fields-section";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { editorQuery } from "@/lib/editor-query";
import { listEthnicGroups } from "@/lib/ethnic-groups/queries";
import { getRequestLocale, getT } from "@/lib/i18n/server";
import { localePath } from "@/lib/navigation";
import { saveProducerAction, setProducerPublishedAction } from "@/lib/products/actions";
import { getProducerForEditor, listVillageChoices } from "@/lib/products/admin-queries";
import { listCommunes } from "@/lib/units/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: getT(await getRequestLocale(), "products")("admin.producers.title") };
}

/** /admin/producers/{id}: the producer's fields, photos, publication and products. Out of reach: 404. */
export default async function EditProducerPage({ params, searchParams }: PageProps<"/admin/producers/[id]">) {
  const viewer = await requirePermission("products.manage");
  const { id } = await params;
  const query = editorQuery(await searchParams);
  const locale = await getRequestLocale();
  const t = getT(locale, "products");
  const tAdmin = getT(locale, "admin");
  const [producer, communes, villages, groups] = await Promise.all([
    getProducerForEditor({ viewer, id }),
    listCommunes(),
    listVillageChoices(viewer),
    listEthnicGroups(),
  ]);
  if (!producer) notFound();
  return (
    <EditorFrame
      back={{ href: "/admin/producers", label: tAdmin("common.back") }}
      title={producer.name}
      messages={[query.created && t("admin.created")]}
      state={
        <>
          {producer.published && (
            <p>
              <a href={localePath("vi", `producers/${producer.slug}`)} className="underline">
                {t("admin.editor.viewPublic")}
              </a>
            </p>
          )}
          {can(viewer, "audit.view") && (
            <p>
              <a href={`/admin/audit?entityType=Producer&entityId=${producer.id}`} className="underline">
                {t("admin.editor.history")}
              </a>
            </p>
          )}
        </>
      }
    >
      <PublishForm action={setProducerPublishedAction} id={producer.id} published={producer.published} locale={locale} />
      <FieldsSection sectionId="details" title={t("admin.editor.details")} action={saveProducerAction} id={producer.id} locale={locale}>
        <ProducerFields viewer={viewer} locale={locale} communes={communes} villages={villages} groups={groups} values={producer} />
      </FieldsSection>
      <section aria-labelledby="its-products" className="mt-10">
        <h2 id="its-products" className="text-xl font-bold">
          {t("admin.producers.products")}
        </h2>
        {producer.products.length === 0 ? (
          <p className="mt-2 text-sm">{t("admin.products.empty")}</p>
        ) : (
          <ul className="mt-2 list-disc pl-6">
            {producer.products.map((product) => (
              <li key={product.id}>
                <a href={`/admin/products/${product.id}`} className="underline">
                  {product.translations[0]?.name ?? product.id}
                </a>{" "}
                <span className="text-sm text-muted">({product.published ? t("admin.state.published") : t("admin.state.draft")})</span>
              </li>
            ))}
          </ul>
        )}
        <p className="mt-2">
          <a href="/admin/products/new" className="underline">
            {t("admin.products.new")}
          </a>
        </p>
      </section>
      <PhotoManager
        photos={producer.photos}
        uploadAction={`/api/producers/${producer.id}/photos`}
        locale={locale}
        withCover={false}
        error={query.error}
        errorFile={query.file}
        saved={query.saved === "1"}
      />
    </EditorFrame>
  );
}
