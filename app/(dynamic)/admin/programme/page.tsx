import type { Metadata } from "next";
import { FilterForm, FilterSelect } from "@/components/ui/filter-form";
import { ActionForm, HiddenField, SubmitButton, TextField } from "@/components/ui/action-form";
import { PageHeading } from "@/components/ui/page-heading";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { getRequestLocale, getT } from "@/lib/i18n/server";
import { saveProgrammeTargetAction } from "@/lib/programme/actions";
import { programmeFigures } from "@/lib/programme/figures";
import { formatFigure, formatTarget } from "@/lib/programme/format";
import { currentPeriod, periodFrom, periodQuery } from "@/lib/programme/period";
import { DataTable } from "@/components/ui/data-table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: getT(await getRequestLocale(), "training")("programme.title") };
}

/** The plan's indicators as live figures for a quarter: the province, then each commune; targets editable. */
export default async function ProgrammePage({ searchParams }: PageProps<"/admin/programme">) {
  const viewer = await requirePermission("programme.view");
  const locale = await getRequestLocale();
  const t = getT(locale, "training");
  const tAdmin = getT(locale, "admin");
  const period = periodFrom(await searchParams);
  const figures = await programmeFigures(period);
  const query = periodQuery(period);
  const now = currentPeriod();
  const years = Array.from({ length: now.year - 2019 + 1 }, (_, i) => String(now.year - i));
  const rowsHref = (key: string, communeId?: string) =>
    `/admin/programme/rows?indicator=${key}&${query}${communeId ? `&commune=${communeId}` : ""}`;
  const byCommune = figures.indicators.filter((i) => i.result.communes);
  const link = "font-semibold text-brand-700 underline";

  return (
    <>
      <PageHeading title={t("programme.title")} lead={t("programme.lead")} />
      <FilterForm action="/admin/programme" submitLabel={t("programme.show")} clearLabel={tAdmin("common.clearFilters")}>
        <FilterSelect
          name="year"
          label={t("programme.year")}
          value={String(period.year)}
          options={years.map((y) => ({ value: y, label: y }))}
        />
        <FilterSelect
          name="q"
          label={t("programme.quarter")}
          value={String(period.quarter)}
          options={[1, 2, 3, 4].map((q) => ({ value: String(q), label: String(q) }))}
        />
      </FilterForm>
      <p className="mt-3 flex flex-wrap gap-4">
        <a href={`/admin/programme/report.docx?${query}`} className={link}>
          {t("report.downloadDocx")}
        </a>
        <a href={`/admin/programme/report.pdf?${query}`} className={link}>
          {t("report.downloadPdf")}
        </a>
      </p>

      <h2 className="mt-6 text-xl font-bold">
        {t("programme.province")} · {t("programme.quarterLabel", { quarter: period.quarter, year: period.year })}
      </h2>
      <ul className="mt-3 space-y-3">
        {figures.indicators.map((indicator) => (
          <li key={indicator.key} className="rounded border-2 border-brand-100 p-4" data-indicator={indicator.key}>
            <h3 className="font-semibold">{t(`programme.indicators.${indicator.key}`)}</h3>
            <p className="mt-1 text-2xl font-bold">
              <a href={rowsHref(indicator.key)} className="text-brand-700 underline" data-figure="province">
                {formatFigure(indicator.result.province, locale)}
              </a>
            </p>
            {indicator.result.parts && (
              <ul className="mt-1 flex flex-wrap gap-x-4 text-sm" data-parts>
                {indicator.result.parts.map((part) => (
                  <li key={part.label}>
                    {part.label}: {formatFigure(part.figure, locale)}
                  </li>
                ))}
              </ul>
            )}
            <p className="text-sm text-muted">{t(`programme.bases.${indicator.key}`, { year: period.year - 1 })}</p>
            <p className="text-sm">
              {indicator.target === null
                ? t("programme.noTarget")
                : t("programme.target", { target: formatTarget(indicator.target, indicator.unit, locale) })}
            </p>
          </li>
        ))}
      </ul>

      <section aria-labelledby="by-commune" className="mt-10">
        <h2 id="by-commune" className="text-xl font-bold">
          {t("programme.byCommune")}
        </h2>
        <DataTable className="mt-3" headings={[t("programme.commune"), ...byCommune.map((i) => t(`programme.indicators.${i.key}`))]}>
          {figures.communes.map((commune) => (
            <tr key={commune.id} className="border-b border-brand-100" data-commune={commune.name}>
              <th scope="row" className="py-2 pr-3 font-semibold">
                {commune.name}
              </th>
              {byCommune.map((i) => {
                const figure = i.result.communes?.[commune.id];
                return (
                  <td key={i.key} className="py-2 pr-3" data-indicator={i.key}>
                    {figure ? (
                      <a href={rowsHref(i.key, commune.id)} className="underline">
                        {formatFigure(figure, locale)}
                      </a>
                    ) : (
                      t("programme.none")
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </DataTable>
      </section>

      {can(viewer, "programme.targets") && (
        <section aria-labelledby="targets" className="mt-10">
          <h2 id="targets" className="text-xl font-bold">
            {t("programme.targets")}
          </h2>
          <p className="text-sm text-muted">{t("programme.targetsLead")}</p>
          <div className="mt-3 grid gap-3 md:grid-cols-2">
            {figures.indicators.map((indicator) => (
              <ActionForm
                key={indicator.key}
                action={saveProgrammeTargetAction}
                className="space-y-2 rounded border-2 border-brand-100 p-3"
                label={t(`programme.indicators.${indicator.key}`)}
              >
                <HiddenField name="key" value={indicator.key} />
                <TextField
                  name="value"
                  label={t(`programme.indicators.${indicator.key}`)}
                  hint={
                    indicator.defaultTarget === null
                      ? t("programme.noTarget")
                      : t("programme.targetDefault", { value: formatTarget(indicator.defaultTarget, indicator.unit, locale) })
                  }
                  defaultValue={indicator.target === null ? "" : String(indicator.target)}
                />
                <SubmitButton pendingLabel={tAdmin("common.saving")}>{tAdmin("common.save")}</SubmitButton>
              </ActionForm>
            ))}
          </div>
        </section>
      )}
    </>
  );
}
