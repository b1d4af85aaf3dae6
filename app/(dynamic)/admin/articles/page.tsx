import type { Metadata } from "next";
import { ListTable } from "@/components/admin/list-table";
import { FilterForm, FilterInput, FilterSelect } from "@/components/ui/filter-form";
import { PageHeading, buttonLinkClass } from "@/components/ui/page-heading";
import { AdminPagination } from "@/components/admin/admin-pagination";
import { listArticleAuthors, listArticlesForViewer } from "@/lib/articles/admin-queries";
import { ZArticleFilters } from "@/lib/articles/schema";
import { ARTICLE_KINDS, ARTICLE_STATES, displayStatus } from "@/lib/articles/states";
import { reachOf } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";
import { LOCALES, LOCALE_AUTONYMS } from "@/lib/i18n/config";
import { getRequestLocale, getT } from "@/lib/i18n/server";
import { listCommunes } from "@/lib/units/queries";
import { StatusMessage } from "@/components/ui/status-message";

export async function generateMetadata(): Promise<Metadata> {
  return { title: getT(await getRequestLocale(), "admin")("articles.title") };
}

export default async function ArticlesPage({ searchParams }: PageProps<"/admin/articles">) {
  const viewer = await requirePermission("articles.edit");
  const locale = await getRequestLocale();
  const t = getT(locale, "admin");
  const tArticles = getT(locale, "articles");
  const query = await searchParams;
  const filters = ZArticleFilters.parse(query);
  const province = reachOf(viewer, "articles.edit") === "all";
  const now = new Date();
  const [{ articles, total, pageCount }, communes, authors] = await Promise.all([
    listArticlesForViewer({ viewer, filters, now }),
    listCommunes(),
    listArticleAuthors(viewer),
  ]);
  const all = { value: "", label: t("common.all") };

  return (
    <>
      <PageHeading
        title={t("articles.title")}
        lead={province ? t("articles.lead") : t("articles.leadCadre", { commune: viewer.commune?.fullName ?? "" })}
      >
        <a href="/admin/articles/new" className={buttonLinkClass}>
          {t("articles.new")}
        </a>
      </PageHeading>

      {query.deleted === "1" && <StatusMessage className="mt-4">{t("articles.deleted")}</StatusMessage>}
      <FilterForm action="/admin/articles" submitLabel={t("common.filter")} clearLabel={t("common.clearFilters")}>
        <FilterInput name="q" type="search" label={t("articles.filters.q")} value={filters.q} />
        {province && (
          <FilterSelect
            name="kind"
            label={t("articles.filters.kind")}
            value={filters.kind}
            options={[all, ...ARTICLE_KINDS.map((kind) => ({ value: kind, label: tArticles(`kinds.${kind}`) }))]}
          />
        )}
        <FilterSelect
          name="state"
          label={t("articles.filters.state")}
          value={filters.state}
          options={[
            all,
            ...[...ARTICLE_STATES, "SCHEDULED" as const].map((state) => ({ value: state, label: t(`articles.states.${state}`) })),
          ]}
        />
        {province && (
          <FilterSelect
            name="communeId"
            label={t("articles.filters.commune")}
            value={filters.communeId}
            options={[all, ...communes.map((c) => ({ value: c.id, label: c.fullName }))]}
          />
        )}
        <FilterSelect
          name="missing"
          label={t("articles.filters.missing")}
          value={filters.missing}
          options={[all, ...LOCALES.filter((l) => l !== "vi").map((l) => ({ value: l, label: LOCALE_AUTONYMS[l] }))]}
        />
        <FilterSelect
          name="authorId"
          label={t("articles.filters.author")}
          value={filters.authorId}
          options={[all, ...authors.map((a) => ({ value: a.id, label: a.name }))]}
        />
      </FilterForm>

      <ListTable
        status={t("common.resultCount", { count: total })}
        isEmpty={articles.length === 0}
        emptyLabel={t("articles.empty")}
        headings={[
          t("articles.columns.title"),
          t("articles.columns.state"),
          t("articles.columns.languages"),
          t("articles.columns.updated"),
        ]}
      >
        {articles.map((article) => {
          const vi = article.translations.find((tr) => tr.locale === "vi") ?? article.translations[0];
          return (
            <tr key={article.id} className="border-b border-brand-100 align-top">
              <td className="py-2 pr-3">
                <a href={`/admin/articles/${article.id}`} className="font-semibold text-brand-700 underline">
                  {vi?.title ?? article.id}
                </a>
                <span className="block text-sm text-muted">
                  {tArticles(`kinds.${article.kind}`)}
                  {article.commune && <> · {article.commune.fullName}</>}
                  {article.author && <> · {article.author.name}</>}
                </span>
              </td>
              <td className="py-2 pr-3">{t(`articles.states.${displayStatus(article, now)}`)}</td>
              <td className="py-2 pr-3 text-sm">{article.translations.map((tr) => tr.locale).join(", ")}</td>
              <td className="py-2 pr-3 text-sm">{formatDateTime(article.updatedAt, locale)}</td>
            </tr>
          );
        })}
      </ListTable>
      <AdminPagination
        page={filters.page}
        pageCount={pageCount}
        basePath="/admin/articles"
        query={{
          q: filters.q,
          kind: filters.kind,
          state: filters.state,
          communeId: filters.communeId,
          missing: filters.missing,
          authorId: filters.authorId,
        }}
        locale={locale}
      />
    </>
  );
}
