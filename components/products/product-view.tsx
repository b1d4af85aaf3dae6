/* eslint-disable max-lines -- one public page's markup (product, producer, rating, photos); splitting it would scatter one layout */
import { ShareLinks } from "@/components/ui/share-links";
import { FallbackNote } from "@/components/layout/fallback-note";
import { OutdatedNote } from "@/components/layout/outdated-note";
import { RecordedReading } from "@/components/ui/recorded-reading";
import { intlLocale } from "@/lib/format";
import { LOCALES, LOCALE_AUTONYMS, type Locale } from "@/lib/i18n/config";
import { availableLocales, pickTranslation } from "@/lib/i18n/pick-translation";
import { getT, interfaceFallsBack } from "@/lib/i18n/server";
import { localePath } from "@/lib/navigation";
import type { PublicProduct } from "@/lib/products/queries";
import { ratingStatus } from "@/lib/products/rating";
import { imageSources } from "@/lib/storage/urls";
import { formatVnd, monthName } from "./format";
import { HowToBuy } from "./how-to-buy";
import { PhotoGallery } from "./photo-gallery";
import { productPath } from "./product-card";
import { OcopRating } from "./rating";

/** schema.org Product for search engines: brand (the producer), price range in VND, rating facts. */
export function productJsonLd(product: PublicProduct, locale: Locale, origin: string) {
  const tr = pickTranslation(product.translations, locale)!.value;
  const images = product.photos
    .map((photo) => imageSources(photo.media))
    .filter((image) => image !== null)
    .map((image) => `${origin}${image.src}`);
  const data: Record<string, unknown> = {
    "@context": "https://schema.org",
    "@type": "Product",
    name: tr.name,
    description: tr.description,
    url: `${origin}${productPath(product, locale)}`,
    image: images.length ? images : undefined,
    category: product.category,
    brand: { "@type": "Brand", name: product.producer.name },
  };
  if (product.priceMin !== null || product.priceMax !== null) {
    data.offers = {
      "@type": "AggregateOffer",
      priceCurrency: "VND",
      lowPrice: product.priceMin ?? product.priceMax,
      highPrice: product.priceMax ?? product.priceMin,
      offerCount: 1,
      seller: { "@type": "Organization", name: product.producer.name },
    };
  }
  // A JSON island: "<" escaped so that no text in it can close the script element.
  return JSON.stringify(data).replace(/</g, "\\u003c");
}

/** A product's public page: photos, texts, price, season, rating, producer, how to buy, share. */
export function ProductView({
  product,
  locale,
  pageUrl,
  origin,
  now,
  outdatedSince = null,
}: {
  product: PublicProduct;
  locale: Locale;
  pageUrl: string;
  origin: string;
  now: Date;
  outdatedSince?: string | null;
}) {
  const t = getT(locale, "products");
  const tCommon = getT(locale, "common");
  const picked = pickTranslation(product.translations, locale)!;
  const tr = picked.value;
  const languages = availableLocales(product.translations, LOCALES);
  const producer = product.producer;
  const story = locale === "en" && producer.storyEn ? producer.storyEn : producer.story;
  const price =
    product.priceMin !== null && product.priceMax !== null && product.priceMin !== product.priceMax
      ? t("detail.priceRange", { min: formatVnd(product.priceMin, locale), max: formatVnd(product.priceMax, locale) })
      : product.priceMin !== null || product.priceMax !== null
        ? formatVnd((product.priceMin ?? product.priceMax)!, locale)
        : null;
  const rating = ratingStatus(product, now);
  return (
    <article>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: productJsonLd(product, locale, origin) }} />
      {picked.isFallback && !interfaceFallsBack(locale) && (
        <div className="mb-4">
          <FallbackNote>{tCommon("fallback.content", { language: tCommon(`languageNames.${locale}`) })}</FallbackNote>
        </div>
      )}
      {outdatedSince && !picked.isFallback && <OutdatedNote locale={locale} since={outdatedSince} />}
      <p className="text-sm font-semibold uppercase text-brand-700">
        <a href={`${localePath(locale, "products")}?category=${product.category}`} className="hover:underline">
          {t(`categories.${product.category}`)}
        </a>
      </p>
      <h1 lang={picked.lang} className="mt-1 text-2xl font-bold leading-snug sm:text-3xl">
        {tr.name}
      </h1>
      <p className="mt-1 text-sm text-muted">
        <a href={localePath(locale, `producers/${producer.slug}`)} className="underline">
          {producer.name}
        </a>{" "}
        ·{" "}
        <a href={localePath(locale, `communes/${producer.commune.slug}`)} className="underline">
          {producer.commune.fullName}
        </a>
      </p>
      <OcopRating product={product} locale={locale} now={now} detailed />
      {product.isDemo && <p className="mt-2 inline-block rounded bg-amber-100 px-2 py-0.5 text-sm font-semibold">{t("detail.demo")}</p>}
      {languages.length > 1 && (
        <nav aria-label={t("detail.languages")} className="no-print mt-2 text-sm">
          {t("detail.languages")}:{" "}
          {languages.map((lng, index) => (
            <span key={lng}>
              {index > 0 && ", "}
              <a
                href={productPath({ translations: product.translations.filter((x) => x.locale === lng) }, lng)}
                hrefLang={lng}
                lang={lng === "en" ? "en" : "vi"}
                className="underline"
              >
                {LOCALE_AUTONYMS[lng]}
              </a>
            </span>
          ))}
        </nav>
      )}
      <PhotoGallery
        photos={product.photos}
        label={t("detail.photos")}
        fallbackAlt={tr.name}
        intlLocale={intlLocale(locale)}
        sizeLabel={(size) => t("detail.photoSize", { size })}
      />
      <div lang={picked.lang} className="mt-4 max-w-prose space-y-3 text-lg">
        {tr.description.split(/\n{2,}/).map((paragraph, index) => (
          <p key={index}>{paragraph}</p>
        ))}
      </div>
      {tr.audio && <RecordedReading audio={tr.audio} locale={locale} heading={tCommon("reading.listen")} />}
      <dl className="mt-4 grid max-w-prose gap-x-4 gap-y-2 sm:grid-cols-[auto_1fr]">
        {price && (
          <>
            <dt className="font-semibold">{t("detail.price")}</dt>
            <dd>
              {price}
              {tr.unit && (
                <>
                  {" "}
                  / <span lang={picked.lang}>{tr.unit}</span>
                </>
              )}{" "}
              <span className="text-sm text-muted">({t("detail.priceNote")})</span>
            </dd>
          </>
        )}
        <dt className="font-semibold">{t("detail.season")}</dt>
        <dd>
          {product.months.length === 0 || product.months.length === 12
            ? t("detail.allYear")
            : product.months.map((month) => monthName(month, locale)).join(", ")}
        </dd>
        {tr.ingredients && (
          <>
            <dt className="font-semibold">{t("detail.ingredients")}</dt>
            <dd lang={picked.lang}>{tr.ingredients}</dd>
          </>
        )}
        {tr.process && (
          <>
            <dt className="font-semibold">{t("detail.process")}</dt>
            <dd lang={picked.lang}>{tr.process}</dd>
          </>
        )}
        {rating.kind !== "none" && (
          <>
            <dt className="font-semibold">{t("detail.ocop")}</dt>
            <dd>{rating.kind === "expired" ? t("rating.expired") : t("rating.stars", { count: rating.stars })}</dd>
          </>
        )}
        {product.traceUrl && (
          <>
            <dt className="font-semibold">{t("detail.trace")}</dt>
            <dd>
              <a href={product.traceUrl} rel="noopener noreferrer" className="break-all underline">
                {t("detail.traceLink")}
              </a>
            </dd>
          </>
        )}
      </dl>
      <HowToBuy producer={producer} locale={locale} />
      <section aria-labelledby="producer" className="mt-6">
        <h2 id="producer" className="text-lg font-bold">
          {t("detail.producer")}
        </h2>
        <p className="mt-1 font-semibold">
          <a href={localePath(locale, `producers/${producer.slug}`)} className="text-brand-700 underline">
            {producer.name}
          </a>
        </p>
        <p className="text-sm text-muted">
          {t(`kinds.${producer.kind}`)} · {producer.village ? `${producer.village.fullName}, ` : ""}
          {producer.commune.fullName}
        </p>
        {story && (
          <p lang={locale === "en" && producer.storyEn ? "en" : "vi"} className="mt-2 max-w-prose">
            {story}
          </p>
        )}
      </section>
      <ShareLinks pageUrl={pageUrl} locale={locale} print={false} />
    </article>
  );
}
