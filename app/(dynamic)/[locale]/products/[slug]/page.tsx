import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageKeys } from "@/components/layout/page-keys";
import { productPath } from "@/components/products/product-card";
import { ProductView } from "@/components/products/product-view";
import { publicOrigin } from "@/lib/http/absolute-url";
import { LOCALES, isLocale } from "@/lib/i18n/config";
import { pickTranslation } from "@/lib/i18n/pick-translation";
import { producerPageKey, productPageKey } from "@/lib/products/page-keys";
import { getPublicProduct } from "@/lib/products/queries";
import { translationOutdatedSince } from "@/lib/translations/public";
import { imageSources } from "@/lib/storage/urls";

export async function generateMetadata({ params }: PageProps<"/[locale]/products/[slug]">): Promise<Metadata> {
  const { locale, slug } = await params;
  if (!isLocale(locale)) return {};
  const product = await getPublicProduct(decodeURIComponent(slug));
  if (!product) return { robots: { index: false } };
  const tr = pickTranslation(product.translations, locale)!.value;
  const cover = product.photos.find((photo) => photo.isCover) ?? product.photos[0];
  const image = cover ? imageSources(cover.media) : null;
  const languages = Object.fromEntries(
    LOCALES.filter((lng) => product.translations.some((x) => x.locale === lng)).map((lng) => [lng, productPath(product, lng)]),
  );
  return {
    title: tr.name,
    description: tr.description.slice(0, 200),
    alternates: { canonical: productPath(product, locale), languages },
    openGraph: {
      title: tr.name,
      description: tr.description.slice(0, 200),
      url: productPath(product, locale),
      images: image ? [{ url: image.src, width: image.width, height: image.height }] : undefined,
    },
  };
}

/** /{locale}/products/{slug}: a product's page (its address in any language). */
export default async function ProductPage({ params }: PageProps<"/[locale]/products/[slug]">) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) notFound();
  const product = await getPublicProduct(decodeURIComponent(slug));
  if (!product) notFound();
  const origin = await publicOrigin();
  const outdatedSince = await translationOutdatedSince("PRODUCT", product.id, locale, product.translations);
  return (
    <>
      {/* What this page shows, for the purge by what changed (lib/products/page-keys.ts). */}
      <PageKeys keys={[productPageKey(product.id), producerPageKey(product.producer.id)]} />
      <ProductView
        product={product}
        locale={locale}
        origin={origin}
        pageUrl={`${origin}${productPath(product, locale)}`}
        now={new Date()}
        outdatedSince={outdatedSince}
      />
    </>
  );
}
