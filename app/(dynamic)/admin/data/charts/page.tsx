import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { FilterForm, FilterSelect } from "@/components/ui/filter-form";
import { DataCharts } from "@/components/dataset/data-charts";
import { PageHeading } from "@/components/ui/page-heading";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { communesInReach, getInternalDataView, getReference } from "@/lib/dataset/queries";
import { ZDataFilters } from "@/lib/dataset/schema";
import { getRequestLocale, getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: getT(await getRequestLocale(), "dataset")("grid.charts") };
}

/**
 * Charts of the exact figures (small counts not hidden: office use only), for the province or a
 * commune; a commune cadre sees their own commune only.
 */
export default async function DataChartsPage({ searchParams }: PageProps<"/admin/data/charts">) {
  const viewer = await requirePermission("dataset.view");
  const locale = await getRequestLocale();
  const t = getT(locale, "dataset");
  const tAdmin = getT(locale, "admin");
  const filters = ZDataFilters.parse(await searchParams);
  // Asking for another commune is refused, not silently narrowed.
  if (filters.communeId && !can(viewer, "dataset.view", { communeId: filters.communeId })) forbidden();
  const [reference, view] = await Promise.all([
    getReference(),
    getInternalDataView({ viewer, locale, year: filters.year, communeId: filters.communeId }),
  ]);
  const communes = communesInReach(viewer, reference);

  return (
    <>
      <PageHeading title={t("grid.charts")} lead={t("grid.chartsLead")} />
      <FilterForm action="/admin/data/charts" submitLabel={t("public.show")} clearLabel={tAdmin("common.clearFilters")}>
        <FilterSelect
          name="year"
          label={t("grid.year")}
          value={view ? String(view.year) : undefined}
          options={(view?.years ?? []).map((y) => ({ value: String(y), label: String(y) }))}
        />
        <FilterSelect
          name="communeId"
          label={t("grid.commune")}
          value={filters.communeId}
          options={[
            ...(communes.length > 1 ? [{ value: "", label: t("public.wholeProvince") }] : []),
            ...communes.map((c) => ({ value: c.id, label: c.fullName })),
          ]}
        />
      </FilterForm>
      {reference.communes.some((c) => c.isDemo) && <p className="mt-2 text-sm">{t("grid.demoNote")}</p>}
      {view ? <DataCharts view={view} locale={locale} /> : <p className="mt-6">{t("grid.chartsNoData")}</p>}
    </>
  );
}
