import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ListTable } from "@/components/admin/list-table";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePermission } from "@/lib/auth/session";
import { firstValue } from "@/lib/editor-query";
import { getRequestLocale, getT } from "@/lib/i18n/server";
import { translateKey } from "@/lib/i18n/translate-key";
import { programmeCommunes } from "@/lib/programme/figures";
import { indicatorOf } from "@/lib/programme/indicators";
import { periodFrom, periodQuery } from "@/lib/programme/period";

export async function generateMetadata(): Promise<Metadata> {
  return { title: getT(await getRequestLocale(), "training")("programme.rows") };
}

/** The rows behind one figure of the programme page: each thing counted (✓) or not. */
export default async function ProgrammeRowsPage({ searchParams }: PageProps<"/admin/programme/rows">) {
  await requirePermission("programme.view");
  const params = await searchParams;
  const locale = await getRequestLocale();
  const t = getT(locale, "training");
  const indicator = indicatorOf(firstValue(params.indicator) ?? "");
  if (!indicator) notFound();
  const period = periodFrom(params);
  const communes = await programmeCommunes();
  const commune = communes.find((c) => c.id === firstValue(params.commune)) ?? null;
  const table = await indicator.rows({ period, communes, communeId: commune?.id ?? null });
  return (
    <>
      <p>
        <a href={`/admin/programme?${periodQuery(period)}`} className="underline">
          ← {t("programme.title")}
        </a>
      </p>
      <PageHeading
        title={t(`programme.indicators.${indicator.key}`)}
        lead={`${commune?.name ?? t("programme.province")} · ${t("programme.quarterLabel", { quarter: period.quarter, year: period.year })} · ${t(`programme.bases.${indicator.key}`, { year: period.year - 1 })}`}
      />
      {table === null ? (
        <p className="mt-4 font-semibold text-amber-900">{t("programme.notMeasured")}</p>
      ) : (
        <ListTable
          status={t("rows.count", { count: table.rows.length, counted: table.rows.filter((r) => r.counted).length })}
          isEmpty={table.rows.length === 0}
          emptyLabel={t("rows.empty")}
          headings={[...table.headings.map((key) => translateKey(t, key)), t("rows.counted")]}
        >
          {table.rows.map((row, index) => (
            <tr key={index} className="border-b border-brand-100">
              {row.cells.map((cell, i) => (
                <td key={i} className="py-2 pr-3">
                  {i === 0 && row.href ? (
                    <a href={row.href} className="underline">
                      {cell}
                    </a>
                  ) : (
                    cell
                  )}
                </td>
              ))}
              <td className="py-2 pr-3">{row.counted ? t("rows.yes") : t("rows.no")}</td>
            </tr>
          ))}
        </ListTable>
      )}
    </>
  );
}
