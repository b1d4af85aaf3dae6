import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EditorFrame, EditorLanguages } from "@/components/admin/editor-frame";
import { PhotoManager } from "@/components/products/admin/photo-manager";
import { ProductSettingsFields, ProductTranslationFields } from "@/components/products/admin/product-fields";
import { PublishForm } from "@/components/products/admin/publish-form";
import { FieldsSection } from "@/components/products/admin/fields-section";
import { OcopRating } from "@/components/products/rating";
import { ActionForm, HiddenField, SubmitButton } from "@/components/ui/action-form";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { editorQuery } from "@/lib/editor-query";
import { LOCALE_AUTONYMS } from "@/lib/i18n/config";
import { getRequestLocale, getT } from "@/lib/i18n/server";
import { localePath } from "@/lib/navigation";
import { saveProductTranslationAction, setProductPublishedAction, updateProductSettingsAction } from "@/lib/products/actions";
import { getProductForEditor, listProducerChoices } from "@/lib/products/admin-queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: getT(await getRequestLocale(), "products")("admin.products.title") };
}

/** /admin/products/{id}: settings, a tab per language, photos, publish. Out of reach: 404. */
export default async function EditProductPage({ params, searchParams }: PageProps<"/admin/products/[id]">) {
  const viewer = await requirePermission("products.manage");
  const { id } = await params;
  const query = editorQuery(await searchParams);
  const lang = query.lang;
  const locale = await getRequestLocale();
  const t = getT(locale, "products");
  const tAdmin = getT(locale, "admin");
  const [product, producers] = await Promise.all([getProductForEditor({ viewer, id }), listProducerChoices(viewer)]);
  if (!product) notFound();
  const translation = product.translations.find((tr) => tr.locale === lang);
  const vi = product.translations.find((tr) => tr.locale === "vi");
  return (
    <EditorFrame
      back={{ href: "/admin/products", label: tAdmin("common.back") }}
      title={vi?.name ?? t("admin.products.title")}
      messages={[query.created && t("admin.created")]}
      state={
        <>
          <p>{t("admin.editor.producer", { name: product.producer.name })}</p>
          <OcopRating product={product} locale={locale} now={new Date()} detailed />
          {!product.translations.some((tr) => tr.locale === "en") && (
            <p className="font-semibold text-accent-700">{t("admin.missingEnglish")}</p>
          )}
          {product.published && product.producer.published && vi && (
            <p>
              <a href={localePath("vi", `products/${vi.slug}`)} className="underline">
                {t("admin.editor.viewPublic")}
              </a>
            </p>
          )}
          {product.published && !product.producer.published && <p className="font-semibold">{t("admin.editor.producerHidden")}</p>}
          {can(viewer, "audit.view") && (
            <p>
              <a href={`/admin/audit?entityType=Product&entityId=${product.id}`} className="underline">
                {t("admin.editor.history")}
              </a>
            </p>
          )}
        </>
      }
    >
      <PublishForm action={setProductPublishedAction} id={product.id} published={product.published} locale={locale} />

      <FieldsSection
        sectionId="settings"
        title={t("admin.editor.settings")}
        action={updateProductSettingsAction}
        id={product.id}
        locale={locale}
      >
        <ProductSettingsFields locale={locale} producers={producers} values={product} />
      </FieldsSection>

      <EditorLanguages
        heading={t("admin.editor.languages")}
        href={`/admin/products/${product.id}`}
        current={lang}
        present={product.translations}
        missingLabel={t("admin.editor.missing")}
      >
        <ActionForm key={lang} action={saveProductTranslationAction} className="mt-4 space-y-4" label={LOCALE_AUTONYMS[lang]}>
          <HiddenField name="productId" value={product.id} />
          <HiddenField name="locale" value={lang} />
          <ProductTranslationFields locale={locale} values={translation} />
          <SubmitButton pendingLabel={tAdmin("common.saving")}>{tAdmin("common.save")}</SubmitButton>
        </ActionForm>
      </EditorLanguages>

      <PhotoManager
        photos={product.photos}
        uploadAction={`/api/products/${product.id}/photos`}
        locale={locale}
        withCover
        error={query.error}
        errorFile={query.file}
        saved={query.saved === "1"}
      />
    </EditorFrame>
  );
}
