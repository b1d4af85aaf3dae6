import type { Metadata } from "next";
import { FilterForm, FilterSelect } from "@/components/ui/filter-form";
import { GridCell } from "@/components/dataset/grid-cell";
import { ActionForm, HiddenField, SubmitButton, TextField } from "@/components/ui/action-form";
import { PageHeading } from "@/components/ui/page-heading";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { ALL_GROUPS } from "@/lib/dataset/aggregate";
import { saveGridAction } from "@/lib/dataset/actions";
import { communesInReach, getEntryGrid, getGroupsInData, getReference, listYears, presentFirst } from "@/lib/dataset/queries";
import { localized } from "@/lib/dataset/reference";
import { ZDataFilters, cellField } from "@/lib/dataset/schema";
import { formatDateTime, formatNumber } from "@/lib/format";
import { getRequestLocale, getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: getT(await getRequestLocale(), "dataset")("grid.title") };
}

/** Pick a year, a commune and a group → the villages × indicators grid, edited in place. */
export default async function DataPage({ searchParams }: PageProps<"/admin/data">) {
  const viewer = await requirePermission("dataset.view");
  const locale = await getRequestLocale();
  const t = getT(locale, "dataset");
  const tAdmin = getT(locale, "admin");
  const filters = ZDataFilters.parse(await searchParams);
  const [reference, years, groupsInData] = await Promise.all([getReference(), listYears(), getGroupsInData()]);
  const communes = communesInReach(viewer, reference);
  const thisYear = new Date().getFullYear();
  const yearChoices = [...new Set([thisYear, thisYear - 1, ...years])].sort((a, b) => b - a);
  const year = filters.year ?? yearChoices.find((y) => years.includes(y)) ?? thisYear;
  const commune = communes.find((c) => c.id === filters.communeId) ?? (communes.length === 1 ? communes[0] : undefined);
  const groupKey = reference.groups.some((g) => g.id === filters.group) ? filters.group! : ALL_GROUPS;
  const values = commune ? await getEntryGrid({ viewer, communeId: commune.id, year, groupKey }) : null;
  const mayEdit = commune ? can(viewer, "dataset.edit", { communeId: commune.id }) : false;
  const query = new URLSearchParams({
    year: String(year),
    ...(commune ? { communeId: commune.id } : {}),
    ...(groupKey !== ALL_GROUPS ? { group: groupKey } : {}),
  });
  const chartsQuery = new URLSearchParams({ year: String(year), ...(commune ? { communeId: commune.id } : {}) });
  const indicatorName = (i: (typeof reference.indicators)[number]) => localized(i.translations, locale);
  const rangeHint = (i: (typeof reference.indicators)[number]) =>
    i.min !== null && i.max !== null
      ? t("grid.range", { min: i.min, max: i.max })
      : i.min !== null
        ? t("grid.rangeMin", { min: i.min })
        : i.max !== null
          ? t("grid.rangeMax", { max: i.max })
          : null;

  return (
    <>
      <PageHeading
        title={t("grid.title")}
        lead={viewer.commune ? t("grid.leadCommune", { commune: viewer.commune.fullName }) : t("grid.lead")}
      />
      <FilterForm action="/admin/data" submitLabel={t("grid.choose")} clearLabel={tAdmin("common.clearFilters")}>
        <FilterSelect
          name="year"
          label={t("grid.year")}
          value={String(year)}
          options={yearChoices.map((y) => ({ value: String(y), label: String(y) }))}
        />
        <FilterSelect
          name="communeId"
          label={t("grid.commune")}
          value={commune?.id}
          options={[
            ...(communes.length > 1 ? [{ value: "", label: "—" }] : []),
            ...communes.map((c) => ({ value: c.id, label: c.fullName })),
          ]}
        />
        <FilterSelect
          name="group"
          label={t("grid.group")}
          value={groupKey === ALL_GROUPS ? "" : groupKey}
          options={[
            { value: "", label: t("grid.allGroups") },
            ...presentFirst(reference.groups, groupsInData).map((g) => ({ value: g.id, label: g.code ? `${g.name} (${g.code})` : g.name })),
          ]}
        />
      </FilterForm>
      <p className="mt-3 flex flex-wrap gap-4 text-sm">
        <span className="font-semibold">{t("grid.export")}:</span>
        <a href={`/admin/data/export.csv?${query}`} className="text-brand-700 underline">
          {t("grid.exportCsv")}
        </a>
        <a href={`/admin/data/export.xlsx?${query}`} className="text-brand-700 underline">
          {t("grid.exportXlsx")}
        </a>
        <a href={`/admin/data/charts?${chartsQuery}`} className="ml-auto font-semibold text-brand-700 underline">
          {t("grid.charts")}
        </a>
      </p>
      {reference.communes.some((c) => c.isDemo) && <p className="mt-2 text-sm">{t("grid.demoNote")}</p>}
      <p className="mt-2 text-sm">
        {t("grid.internalNote")}{" "}
        <a href={`/admin/data/releases?year=${year}`} className="font-semibold text-brand-700 underline">
          {t("release.title")}
        </a>
      </p>

      {!commune || !values ? (
        <p className="mt-6">{t("grid.chooseCommune")}</p>
      ) : (
        <ActionForm action={saveGridAction} label={`${commune.fullName} · ${year}`} className="mt-6 space-y-4">
          <HiddenField name="communeId" value={commune.id} />
          <HiddenField name="year" value={String(year)} />
          <HiddenField name="groupKey" value={groupKey} />
          <div className="overflow-x-auto">
            <table className="border-collapse text-left text-sm">
              <caption className="text-left font-semibold">{`${commune.fullName} · ${year} · ${groupKey === ALL_GROUPS ? t("grid.allGroups") : reference.groups.find((g) => g.id === groupKey)?.name}`}</caption>
              <thead>
                <tr className="border-b-2 border-brand-700 align-bottom">
                  <th scope="col" className="py-2 pr-3">
                    {t("grid.unit")}
                  </th>
                  {reference.indicators.map((i) => (
                    <th key={i.id} scope="col" className="min-w-28 py-2 pr-3">
                      {indicatorName(i)?.name} <span className="font-normal text-muted">({indicatorName(i)?.unit})</span>
                      {rangeHint(i) && <span className="block text-xs font-normal text-muted">{rangeHint(i)}</span>}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {[{ id: commune.id, fullName: t("grid.communeRow") }, ...commune.villages].map((unit) => (
                  <tr key={unit.id} className="border-b border-brand-100 align-top">
                    <th scope="row" className="py-2 pr-3 font-semibold">
                      {unit.fullName}
                    </th>
                    {reference.indicators.map((i) => {
                      const stored = values.get(`${unit.id}|${i.id}`);
                      const lastChanged = stored
                        ? t("grid.lastChanged", { name: stored.updatedBy ?? "—", time: formatDateTime(stored.updatedAt, locale) })
                        : undefined;
                      return (
                        <td key={i.id} className="py-2 pr-3">
                          {mayEdit ? (
                            <GridCell
                              name={cellField(unit.id, i.id)}
                              label={t("grid.cellLabel", { indicator: indicatorName(i)?.name ?? i.code, unit: unit.fullName })}
                              defaultValue={stored ? String(stored.value).replace(".", locale === "en" ? "." : ",") : ""}
                              lastChanged={lastChanged}
                            />
                          ) : (
                            <span className="tabular-nums" title={lastChanged}>
                              {stored ? formatNumber(stored.value, locale) : "—"}
                            </span>
                          )}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {mayEdit && (
            <>
              <TextField name="source" label={t("grid.source")} hint={t("grid.sourceHint")} />
              <SubmitButton pendingLabel={t("grid.saving")}>{t("grid.save")}</SubmitButton>
            </>
          )}
        </ActionForm>
      )}
    </>
  );
}
