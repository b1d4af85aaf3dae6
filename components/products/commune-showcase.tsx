import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { localePath } from "@/lib/navigation";
import { listCommuneShowcase } from "@/lib/products/queries";
import { ProductCardItem } from "./product-card";

/** The commune page's section: its producers and (the latest of) its products. */
export async function CommuneShowcase({ locale, communeSlug }: { locale: Locale; communeSlug: string }) {
  const t = getT(locale, "products");
  const { producers, products, productCount } = await listCommuneShowcase(communeSlug, 8);
  const now = new Date();
  return (
    <section aria-labelledby="commune-products" className="mt-6">
      <h2 id="commune-products" className="text-xl font-bold">
        {t("commune.title")}
      </h2>
      {producers.length === 0 ? (
        <p className="mt-2 text-muted">{t("commune.none")}</p>
      ) : (
        <>
          <h3 className="mt-3 font-semibold">{t("commune.producers")}</h3>
          <ul className="mt-1 list-disc pl-6">
            {producers.map((producer) => (
              <li key={producer.id}>
                <a href={localePath(locale, `producers/${producer.slug}`)} className="text-brand-700 underline">
                  {producer.name}
                </a>{" "}
                <span className="text-sm text-muted">({t(`kinds.${producer.kind}`)})</span>
              </li>
            ))}
          </ul>
          {products.length > 0 && (
            <>
              <h3 className="mt-4 font-semibold">{t("commune.products")}</h3>
              <ul className="mt-2 grid grid-cols-2 gap-3 sm:grid-cols-4">
                {products.map((product) => (
                  <ProductCardItem key={product.id} product={product} locale={locale} now={now} level={3} />
                ))}
              </ul>
              {productCount > products.length && (
                <p className="mt-2">
                  <a href={`${localePath(locale, "products")}?commune=${communeSlug}`} className="underline">
                    {t("commune.all", { count: productCount })}
                  </a>
                </p>
              )}
            </>
          )}
        </>
      )}
    </section>
  );
}
