import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { QuestionCardItem } from "@/components/forum/question-card";
import { FilterForm, FilterInput, FilterSelect } from "@/components/ui/filter-form";
import { PublicList } from "@/components/ui/public-list";
import { formatNumber } from "@/lib/format";
import { forumCounters, listPublicQuestions } from "@/lib/forum/queries";
import { ZPublicForumFilters } from "@/lib/forum/schema";
import { FORUM_TOPICS } from "@/lib/forum/states";
import { isLocale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { localePath } from "@/lib/navigation";
import { listCommunes } from "@/lib/units/queries";
import { readPublicQuery } from "@/lib/http/public-query.mjs";

export async function generateMetadata({ params }: PageProps<"/[locale]/forum">): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = getT(locale, "forum");
  return { title: t("title"), description: t("lead") };
}

const button = "inline-flex min-h-11 items-center rounded bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800";

/** /{locale}/forum: public counters, search and filters, answered questions first. */
export default async function ForumPage({ params, searchParams }: PageProps<"/[locale]/forum">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = getT(locale, "forum");
  const filters = ZPublicForumFilters.parse(readPublicQuery("forum", await searchParams));
  const [{ items, total, pageCount }, counters, communes] = await Promise.all([
    listPublicQuestions({ q: filters.q, topic: filters.topic, commune: filters.commune, page: filters.page }),
    forumCounters(),
    listCommunes(),
  ]);
  const basePath = localePath(locale, "forum");
  const all = { value: "", label: t("list.all") };
  const filtered = Boolean(filters.q || filters.topic || filters.commune);
  return (
    <>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-muted">{t("lead")}</p>
      <p className="mt-4 flex flex-wrap gap-3">
        <a href={localePath(locale, "forum/ask")} className={button}>
          {t("askLink")}
        </a>
        <a href={localePath(locale, "forum/track")} className="inline-flex min-h-11 items-center underline">
          {t("trackLink")}
        </a>
      </p>
      <section aria-label={t("counters.label")} className="mt-6">
        <dl className="grid grid-cols-3 gap-3 text-center">
          {[
            ["received", formatNumber(counters.received, locale)],
            ["answered", formatNumber(counters.answered, locale)],
            [
              "avgDays",
              counters.avgDays === null
                ? t("counters.none")
                : new Intl.NumberFormat(locale === "en" ? "en-GB" : "vi-VN", { maximumFractionDigits: 1 }).format(counters.avgDays),
            ],
          ].map(([key, value]) => (
            <div key={key} className="rounded border-2 border-brand-100 p-3">
              <dd className="text-2xl font-bold text-brand-800">{value}</dd>
              <dt className="text-sm">{t(`counters.${key as "received"}`)}</dt>
            </div>
          ))}
        </dl>
      </section>
      <FilterForm
        variant="public"
        action={basePath}
        search
        label={t("list.filters")}
        spacing="mt-6"
        submitLabel={t("list.apply")}
        clear={filtered ? { href: basePath, label: t("list.clear") } : null}
      >
        <FilterInput name="q" type="search" label={t("list.q")} value={filters.q} className="w-72 max-w-full px-3" />
        <FilterSelect
          name="topic"
          label={t("list.topic")}
          value={filters.topic}
          options={[all, ...FORUM_TOPICS.map((topic) => ({ value: topic, label: t(`topics.${topic}`) }))]}
        />
        <FilterSelect
          name="commune"
          label={t("list.commune")}
          value={filters.commune}
          options={[all, ...communes.map((commune) => ({ value: commune.slug, label: commune.fullName }))]}
        />
      </FilterForm>
      <p role="status" className="mt-4 text-sm text-muted">
        {t("list.count", { count: total })}
      </p>
      <PublicList
        locale={locale}
        ns="articles"
        empty={t("list.empty")}
        pages={{ page: filters.page, pageCount, basePath, query: { q: filters.q, topic: filters.topic, commune: filters.commune } }}
      >
        {items.map((card) => (
          <QuestionCardItem key={card.id} card={card} locale={locale} />
        ))}
      </PublicList>
    </>
  );
}
