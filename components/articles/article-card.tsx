import { sectionOf } from "@/lib/articles/states";
import type { ArticleCard } from "@/lib/articles/queries";
import { formatDate } from "@/lib/format";
import type { Locale } from "@/lib/i18n/config";
import { pickTranslation } from "@/lib/i18n/pick-translation";
import { getT } from "@/lib/i18n/server";
import { localePath } from "@/lib/navigation";
import { imageSources } from "@/lib/storage/urls";

/** A topic's name for a reader: English for English readers where there is one, else Vietnamese. */
export function topicName(topic: { name: string; nameEn: string | null }, locale: Locale): string {
  return locale === "en" && topic.nameEn ? topic.nameEn : topic.name;
}

/** The address of an article in a locale: its own translation's slug, else the Vietnamese one. */
export function articlePath(card: Pick<ArticleCard, "kind" | "translations">, locale: Locale): string {
  const picked = pickTranslation(card.translations, locale);
  return localePath(locale, `${sectionOf(card.kind)}/${picked?.value.slug ?? ""}`);
}

/** One article in a list: a small picture (loaded lazily), title, date, topic, summary. */
export function ArticleCardItem({ card, locale, level = 2 }: { card: ArticleCard; locale: Locale; level?: 2 | 3 }) {
  const t = getT(locale, "articles");
  const picked = pickTranslation(card.translations, locale);
  if (!picked) return null;
  const thumb = card.cover ? imageSources(card.cover, "small") : null;
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <li className="flex gap-3 border-b border-brand-100 py-4">
      {thumb && (
        // eslint-disable-next-line @next/next/no-img-element -- variants are made at upload (lib/storage)
        <img
          src={thumb.src}
          srcSet={thumb.srcSet}
          sizes="7rem"
          width={thumb.width}
          height={thumb.height}
          alt=""
          loading="lazy"
          decoding="async"
          className="h-auto w-28 shrink-0 self-start rounded"
        />
      )}
      <div className="min-w-0">
        <Heading className="text-lg font-semibold leading-snug">
          <a href={articlePath(card, locale)} lang={picked.lang} className="text-brand-700 underline-offset-2 hover:underline">
            {picked.value.title}
          </a>
        </Heading>
        <p className="text-sm text-muted">
          {t(`kinds.${card.kind}`)} · <time dateTime={card.publishAt}>{formatDate(new Date(card.publishAt), locale)}</time>
          {card.topic && <> · {topicName(card.topic, locale)}</>}
          {card.commune && <> · {card.commune.fullName}</>}
          {picked.isFallback && (
            <>
              {" "}
              · <span>{t("list.inVietnamese")}</span>
            </>
          )}
        </p>
        <p lang={picked.lang} className="mt-1">
          {picked.value.summary}
        </p>
      </div>
    </li>
  );
}
