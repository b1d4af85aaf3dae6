/* eslint-disable max-lines -- one screen: the release form, the completeness table and the list of vintages share their loaded data and filters */
import type { Metadata } from "next";
import { FilterForm, FilterSelect } from "@/components/ui/filter-form";
import { ActionForm, HiddenField, SelectField, SubmitButton, TextAreaField } from "@/components/ui/action-form";
import { PageHeading } from "@/components/ui/page-heading";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { releaseAction } from "@/lib/dataset/actions";
import { getReleaseOverview, type ReleaseStatus } from "@/lib/dataset/release";
import { ZReleaseFilters } from "@/lib/dataset/schema";
import { formatDateTime, formatNumber } from "@/lib/format";
import { getRequestLocale, getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: getT(await getRequestLocale(), "dataset")("release.title") };
}

const STATUS_CLASS: Record<ReleaseStatus, string> = {
  empty: "text-muted",
  draft: "bg-amber-100 text-amber-900",
  released: "bg-green-100 text-green-900",
  changedSinceRelease: "bg-orange-100 text-orange-900",
};

/**
 * The release desk: the status of every year × commune (draft, released, changed since release),
 * the completeness check of the chosen year and, for province staff, the release form.
 */
export default async function ReleasesPage({ searchParams }: PageProps<"/admin/data/releases">) {
  const viewer = await requirePermission("dataset.view");
  const locale = await getRequestLocale();
  const t = getT(locale, "dataset");
  const tAdmin = getT(locale, "admin");
  const filters = ZReleaseFilters.parse(await searchParams);
  const overview = await getReleaseOverview({ viewer, year: filters.year });
  const mayRelease = can(viewer, "dataset.release");
  const status = (s: ReleaseStatus) => (
    <span className={`inline-block rounded px-1.5 py-0.5 text-sm ${STATUS_CLASS[s]}`}>{t(`release.status.${s}`)}</span>
  );
  const list = (items: string[]) =>
    items.length ? `${items.length}: ${items.slice(0, 6).join(", ")}${items.length > 6 ? ", …" : ""}` : "0";
  const totals = overview.rows.reduce(
    (sum, row) => ({
      values: sum.values + row.completeness.values,
      villages: sum.villages + row.completeness.missingVillages.length,
      indicators: sum.indicators + row.completeness.missingIndicators.length,
      groups: sum.groups + row.completeness.missingGroups.length,
    }),
    { values: 0, villages: 0, indicators: 0, groups: 0 },
  );
  const num = (n: number) => formatNumber(n, locale);

  return (
    <>
      <PageHeading title={t("release.title")} lead={t("release.lead")} />
      <FilterForm action="/admin/data/releases" submitLabel={t("release.choose")} clearLabel={tAdmin("common.clearFilters")}>
        <FilterSelect
          name="year"
          label={t("release.year")}
          value={String(overview.year)}
          options={overview.years.map((y) => ({ value: String(y), label: String(y) }))}
        />
      </FilterForm>

      <section aria-labelledby="completeness" className="mt-6">
        <h2 id="completeness" className="text-xl font-bold">
          {t("release.completenessTitle", { year: overview.year })}
        </h2>
        <p className="mt-1 max-w-3xl text-sm">{t("release.completenessLead")}</p>
        <div className="mt-2 overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">{t("release.completenessTitle", { year: overview.year })}</caption>
            <thead>
              <tr className="border-b-2 border-brand-700 align-bottom">
                <th scope="col" className="py-2 pr-3">
                  {t("release.commune")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("release.statusColumn")}
                </th>
                <th scope="col" className="py-2 pr-3 text-right">
                  {t("release.values")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("release.missingVillages")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("release.missingIndicators")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("release.missingGroups")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("release.lastRelease")}
                </th>
              </tr>
            </thead>
            <tbody>
              {overview.rows.map((row) => (
                <tr key={row.communeId} className="border-b border-brand-100 align-top">
                  <th scope="row" className="py-2 pr-3 font-semibold">
                    {row.name}
                  </th>
                  <td className="py-2 pr-3">
                    {status(row.status)}
                    {row.status === "changedSinceRelease" && (
                      <span className="block text-xs">{t("release.changed", { count: row.changed })}</span>
                    )}
                  </td>
                  <td className="py-2 pr-3 text-right tabular-nums">{num(row.completeness.values)}</td>
                  <td className="py-2 pr-3">{list(row.completeness.missingVillages)}</td>
                  <td className="py-2 pr-3">{list(row.completeness.missingIndicators)}</td>
                  <td className="py-2 pr-3">{list(row.completeness.missingGroups)}</td>
                  <td className="py-2 pr-3">
                    {row.release
                      ? t("release.releaseVintage", { vintage: row.release.vintage, date: formatDateTime(row.release.releasedAt, locale) })
                      : t("release.none")}
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr className="border-t-2 border-brand-700 font-semibold">
                <th scope="row" className="py-2 pr-3">
                  {t("release.total")}
                </th>
                <td />
                <td className="py-2 pr-3 text-right tabular-nums">{num(totals.values)}</td>
                <td className="py-2 pr-3 tabular-nums">{num(totals.villages)}</td>
                <td className="py-2 pr-3 tabular-nums">{num(totals.indicators)}</td>
                <td className="py-2 pr-3 tabular-nums">{num(totals.groups)}</td>
                <td />
              </tr>
            </tfoot>
          </table>
        </div>
      </section>

      {mayRelease ? (
        <section aria-labelledby="release-form" className="mt-8">
          <h2 id="release-form" className="text-xl font-bold">
            {t("release.formTitle", { year: overview.year })}
          </h2>
          <ActionForm action={releaseAction} label={t("release.formTitle", { year: overview.year })} className="mt-3 space-y-4">
            <HiddenField name="year" value={String(overview.year)} />
            <SelectField
              name="communeId"
              label={t("release.scope")}
              options={[
                { value: "", label: t("release.scopeProvince") },
                ...overview.rows.map((row) => ({ value: row.communeId, label: row.name })),
              ]}
            />
            <TextAreaField name="note" label={t("release.note")} hint={t("release.noteHint")} rows={3} />
            <SubmitButton pendingLabel={t("release.submitting")}>{t("release.submit")}</SubmitButton>
          </ActionForm>
        </section>
      ) : (
        <p className="mt-6 text-sm">{t("release.mayNotRelease")}</p>
      )}

      {overview.releases.length > 0 && (
        <section aria-labelledby="release-history" className="mt-8">
          <h2 id="release-history" className="text-xl font-bold">
            {t("release.historyTitle", { year: overview.year })}
          </h2>
          <ul className="mt-2 space-y-2 text-sm">
            {overview.releases.map((r) => (
              <li key={r.id}>
                {t("release.historyItem", {
                  vintage: r.vintage,
                  kind: t(`release.kind.${r.kind}`),
                  scope: r.communeName ?? t("release.scopeProvince"),
                  date: formatDateTime(r.releasedAt, locale),
                  name: r.releasedBy ?? "—",
                })}
                {r.note && <span className="block text-muted">{r.note}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="release-matrix" className="mt-8">
        <h2 id="release-matrix" className="text-xl font-bold">
          {t("release.matrixTitle")}
        </h2>
        <div className="mt-2 overflow-x-auto">
          <table className="border-collapse text-left text-sm">
            <caption className="sr-only">{t("release.matrixTitle")}</caption>
            <thead>
              <tr className="border-b-2 border-brand-700">
                <th scope="col" className="py-2 pr-3">
                  {t("release.year")}
                </th>
                {overview.rows.map((row) => (
                  <th key={row.communeId} scope="col" className="py-2 pr-3">
                    {row.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {overview.matrix.map((line) => (
                <tr key={line.year} className="border-b border-brand-100">
                  <th scope="row" className="py-2 pr-3">
                    <a href={`/admin/data/releases?year=${line.year}`} className="text-brand-700 underline">
                      {line.year}
                    </a>
                  </th>
                  {overview.rows.map((row) => (
                    <td key={row.communeId} className="py-2 pr-3">
                      {status(line.statuses[row.communeId] ?? "empty")}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
