import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageKeys } from "@/components/layout/page-keys";
import { HowToBuy } from "@/components/products/how-to-buy";
import { PhotoGallery } from "@/components/products/photo-gallery";
import { ProductCardItem } from "@/components/products/product-card";
import { intlLocale } from "@/lib/format";
import { isLocale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { localePath } from "@/lib/navigation";
import { producerPageKey } from "@/lib/products/page-keys";
import { getPublicProducer } from "@/lib/products/queries";

export async function generateMetadata({ params }: PageProps<"/[locale]/producers/[slug]">): Promise<Metadata> {
  const { slug } = await params;
  const producer = await getPublicProducer(decodeURIComponent(slug));
  return producer ? { title: producer.name } : { robots: { index: false } };
}

/** /{locale}/producers/{slug}: a producer, how to reach them, and all their products. */
export default async function ProducerPage({ params }: PageProps<"/[locale]/producers/[slug]">) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) notFound();
  const producer = await getPublicProducer(decodeURIComponent(slug));
  if (!producer) notFound();
  const t = getT(locale, "products");
  const now = new Date();
  const story = locale === "en" && producer.storyEn ? producer.storyEn : producer.story;
  const groups = producer.ethnicGroups.map((group) =>
    locale === "en" ? (group.translations.find((x) => x.locale === "en")?.name ?? group.name) : group.name,
  );
  return (
    <article>
      {/* What this page shows, for the purge by what changed (lib/products/page-keys.ts). */}
      <PageKeys keys={[producerPageKey(producer.id)]} />
      <p className="text-sm font-semibold uppercase text-brand-700">{t(`kinds.${producer.kind}`)}</p>
      <h1 className="mt-1 text-2xl font-bold">{producer.name}</h1>
      <p className="mt-1 text-sm text-muted">
        {producer.village ? `${producer.village.fullName}, ` : ""}
        <a href={localePath(locale, `communes/${producer.commune.slug}`)} className="underline">
          {producer.commune.fullName}
        </a>
        {groups.length > 0 && <> · {t("producer.groups", { groups: groups.join(", ") })}</>}
      </p>
      {producer.isDemo && <p className="mt-2 inline-block rounded bg-amber-100 px-2 py-0.5 text-sm font-semibold">{t("detail.demo")}</p>}
      <PhotoGallery
        photos={producer.photos}
        label={t("detail.photos")}
        fallbackAlt={producer.name}
        intlLocale={intlLocale(locale)}
        sizeLabel={(size) => t("detail.photoSize", { size })}
      />
      {story && (
        <p lang={locale === "en" && producer.storyEn ? "en" : "vi"} className="mt-4 max-w-prose text-lg">
          {story}
        </p>
      )}
      <HowToBuy producer={producer} locale={locale} />
      <section aria-labelledby="products" className="mt-8">
        <h2 id="products" className="text-xl font-bold">
          {t("producer.products", { count: producer.products.length })}
        </h2>
        {producer.products.length === 0 ? (
          <p className="mt-2">{t("list.empty")}</p>
        ) : (
          <ul className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-3">
            {producer.products.map((product) => (
              <ProductCardItem key={product.id} product={product} locale={locale} now={now} level={3} />
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}
