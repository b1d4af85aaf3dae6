import type { Metadata } from "next";
import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import { CommuneChooser } from "@/components/notices/commune-chooser";
import { NoticeCardItem } from "@/components/notices/notice-card";
import { ValidUntil } from "@/components/notices/valid-until";
import { FilterForm, FilterSelect } from "@/components/ui/filter-form";
import { PublicList } from "@/components/ui/public-list";
import { isLocale } from "@/lib/i18n/config";
import { getCanonicalPath, getRequestPath, getT } from "@/lib/i18n/server";
import { localePath } from "@/lib/navigation";
import { firstExpiry, listPublicNotices } from "@/lib/notices/queries";
import { ZPublicNoticeFilters } from "@/lib/notices/schema";
import { NOTICE_CATEGORIES } from "@/lib/notices/states";
import { COMMUNE_COOKIE, parseCommuneSlug } from "@/lib/preferences";
import { listCommunes } from "@/lib/units/queries";
import { currentMinute } from "@/lib/time/minute";
import { readPublicQuery } from "@/lib/http/public-query.mjs";

export async function generateMetadata({ params }: PageProps<"/[locale]/notices">): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = getT(locale, "notices");
  return {
    title: t("list.title"),
    description: t("list.lead"),
    alternates: {
      canonical: await getCanonicalPath(),
      types: { "application/rss+xml": localePath(locale, "notices/feed.xml"), "application/atom+xml": "/cap/alerts.xml" },
    },
  };
}

/** /{locale}/notices: notices in force (most severe first) or the archive, by commune and field. */
export default async function NoticesPage({ params, searchParams }: PageProps<"/[locale]/notices">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = getT(locale, "notices");
  const filters = ZPublicNoticeFilters.parse(readPublicQuery("notices", await searchParams));
  const archive = filters.archive === "1";
  const minute = currentMinute();
  const [{ items, total, pageCount }, communes, path, cookieStore] = await Promise.all([
    listPublicNotices({ commune: filters.commune, category: filters.category, archive, page: filters.page }, minute),
    listCommunes(),
    getRequestPath(),
    cookies(),
  ]);
  const chosen = parseCommuneSlug(cookieStore.get(COMMUNE_COOKIE)?.value);
  const current = communes.find((c) => c.slug === chosen) ?? null;
  const basePath = localePath(locale, "notices");
  const all = { value: "", label: t("list.all") };
  const now = new Date(minute);
  return (
    <>
      {!archive && <ValidUntil time={firstExpiry(items)} />}
      <h1 className="text-2xl font-bold">{archive ? t("list.archiveTitle") : t("list.title")}</h1>
      <p className="mt-2 text-muted">{archive ? t("list.archiveLead") : t("list.lead")}</p>
      <p className="no-print mt-2">
        <a href={`${localePath(locale, "subscribe")}${current ? `?commune=${current.slug}` : ""}`} className="font-semibold underline">
          {getT(locale, "reach")("subscribe.link")}
        </a>
      </p>
      <CommuneChooser locale={locale} path={path} communes={communes} current={current} />
      <FilterForm
        variant="public"
        action={basePath}
        label={t("list.filter")}
        submitLabel={t("list.filter")}
        clear={filters.commune || filters.category ? { href: archive ? `${basePath}?archive=1` : basePath, label: t("list.clear") } : null}
      >
        {archive && <input type="hidden" name="archive" value="1" />}
        <FilterSelect
          name="commune"
          label={t("list.commune")}
          value={filters.commune}
          options={[all, ...communes.map((commune) => ({ value: commune.slug, label: commune.fullName }))]}
        />
        <FilterSelect
          name="category"
          label={t("list.category")}
          value={filters.category}
          options={[all, ...NOTICE_CATEGORIES.map((category) => ({ value: category, label: t(`categories.${category}`) }))]}
        />
      </FilterForm>
      <p className="mt-4 text-sm text-muted">{t("list.count", { count: total })}</p>
      <PublicList
        locale={locale}
        ns="notices"
        empty={archive ? t("list.emptyArchive") : t("list.empty")}
        listClassName={null}
        pages={{
          page: filters.page,
          pageCount,
          basePath,
          query: { commune: filters.commune, category: filters.category, archive: filters.archive },
        }}
      >
        {items.map((notice) => (
          <NoticeCardItem key={notice.id} notice={notice} locale={locale} now={now} />
        ))}
      </PublicList>
      <p className="no-print mt-6">
        <a href={archive ? basePath : `${basePath}?archive=1`} className="font-semibold underline">
          {archive ? t("list.activeLink") : t("list.archiveLink")}
        </a>
      </p>
      <p className="no-print mt-8 text-sm text-muted">
        {getT(locale, "everyday")("feeds.forOtherSystems")}{" "}
        <a href={`${basePath}/feed.xml`} className="underline">
          {t("list.rss")}
        </a>
        {" · "}
        <a href="/cap/alerts.xml" className="underline">
          {t("list.cap")}
        </a>
      </p>
    </>
  );
}
