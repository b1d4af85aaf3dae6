import { listPublishedPage } from "@/lib/articles/queries";
import type { ArticleKind } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { ArticleCardItem } from "./article-card";
import { currentMinute } from "@/lib/time/minute";

/** A few latest articles of some kinds (home page, commune page), with a link to all of them. */
export async function LatestArticles({
  locale,
  kinds,
  commune,
  heading,
  moreHref,
  moreLabel,
  emptyLabel,
  limit = 4,
  inLocale,
}: {
  locale: Locale;
  /** Only articles with a version in this language. */
  inLocale?: Locale;
  kinds: readonly ArticleKind[];
  commune?: string;
  heading: string;
  moreHref: string;
  moreLabel?: string;
  emptyLabel?: string;
  limit?: number;
}) {
  const t = getT(locale, "articles");
  const items = await listPublishedPage({ kinds, commune, page: 1, pageSize: limit, inLocale }, currentMinute());
  if (items.length === 0 && !emptyLabel) return null;
  const id = `latest-${inLocale ? `${inLocale}-` : ""}${kinds.join("-").toLowerCase()}`;
  return (
    <section aria-labelledby={id} className="mt-8">
      <h2 id={id} className="text-xl font-bold">
        {heading}
      </h2>
      {items.length === 0 ? (
        <p className="mt-2 text-muted">{emptyLabel}</p>
      ) : (
        <>
          <ul>
            {items.map((item) => (
              <ArticleCardItem key={item.id} card={item} locale={locale} level={3} />
            ))}
          </ul>
          <p className="mt-3">
            <a href={moreHref} className="font-medium text-brand-700 underline">
              {moreLabel ?? t("home.more")}
            </a>
          </p>
        </>
      )}
    </section>
  );
}
