import type { Locale } from "@/lib/i18n/config";
import { pickTranslation } from "@/lib/i18n/pick-translation";
import { getT } from "@/lib/i18n/server";
import { localePath } from "@/lib/navigation";
import type { ProductCard } from "@/lib/products/queries";
import { imageSources } from "@/lib/storage/urls";
import { OcopRating } from "./rating";

/** The address of a product in a locale: its own translation's slug, else the Vietnamese one. */
export function productPath(product: { translations: { locale: string; slug: string }[] }, locale: Locale): string {
  return localePath(locale, `products/${pickTranslation(product.translations, locale)?.value.slug ?? ""}`);
}

/** One product in a grid: the cover's smallest variant (lazy), name, producer, commune, stars. */
export function ProductCardItem({ product, locale, now, level = 2 }: { product: ProductCard; locale: Locale; now: Date; level?: 2 | 3 }) {
  const t = getT(locale, "products");
  const picked = pickTranslation(product.translations, locale);
  if (!picked) return null;
  const cover = product.photos[0];
  const thumb = cover ? imageSources(cover.media, "small") : null;
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <li className="flex flex-col overflow-hidden rounded border border-brand-100 bg-white">
      {thumb ? (
        // eslint-disable-next-line @next/next/no-img-element -- variants are made at upload (lib/storage)
        <img
          src={thumb.src}
          srcSet={thumb.srcSet}
          sizes="(min-width: 40rem) 16rem, 50vw"
          width={thumb.width}
          height={thumb.height}
          alt=""
          loading="lazy"
          decoding="async"
          className="aspect-[4/3] h-auto w-full object-cover"
        />
      ) : (
        <div aria-hidden="true" className="aspect-[4/3] w-full bg-brand-50" />
      )}
      <div className="flex-1 p-3">
        <Heading className="font-semibold leading-snug">
          <a href={productPath(product, locale)} lang={picked.lang} className="text-brand-700 underline-offset-2 hover:underline">
            {picked.value.name}
          </a>
        </Heading>
        <p className="text-sm text-muted">
          {product.producer.name} · {product.producer.commune.fullName}
          {picked.isFallback && <> · {t("list.inVietnamese")}</>}
        </p>
        <OcopRating product={product} locale={locale} now={now} />
      </div>
    </li>
  );
}
