import "server-only";
import { db } from "@/lib/db";
import { configuredOrigin } from "@/lib/http/absolute-url";
import { isLocale, type Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { openDataCsv, openDataRows, openDataTableSchema, OPEN_DATA_FIELDS } from "./open-data";
import type { PublishedDataset } from "./publish";
import { getPublicDataset, getPublicDatasetVintage, getReference } from "./queries";
import { ZPublicDataParams } from "./schema";
import { readPublicQuery } from "@/lib/http/public-query.mjs";

export type DownloadFormat = "csv" | "json" | "datapackage";

/** Each file's path after the locale prefix: the parameters it reads (lib/http/public-query.mjs). */
const DOWNLOAD_PATHS: Record<DownloadFormat, string> = {
  csv: "data/download.csv",
  json: "data/download.json",
  datapackage: "data/datapackage.json",
};

/**
 * The open data of /{locale}/data: released figures only, as tidy rows (one observation per
 * row, plain numbers, a status for cells without a number). Without `year` every released year
 * at its latest release; with `year` one year; with `year` and `vintage` that year exactly as it
 * was released then (an earlier vintage never changes). `commune` keeps one commune's rows.
 */
export async function publicDataDownload(request: Request, localeParam: string, format: DownloadFormat): Promise<Response> {
  if (!isLocale(localeParam)) return new Response("Not found", { status: 404 });
  const locale: Locale = localeParam;
  const url = new URL(request.url);
  const query = ZPublicDataParams.parse(readPublicQuery(DOWNLOAD_PATHS[format], url.searchParams));
  const [latest, reference, province] = await Promise.all([
    getPublicDataset(),
    getReference(),
    db.adminUnit.findFirst({ where: { level: "PROVINCE" }, select: { code: true, fullName: true } }),
  ]);
  const releases = query.year !== undefined ? latest.releases?.[query.year] : undefined;
  if (query.vintage !== undefined && (query.year === undefined || !releases?.vintages.some((v) => v.vintage === query.vintage))) {
    return new Response("Not found", { status: 404 });
  }
  const dataset: PublishedDataset =
    query.year !== undefined && query.vintage !== undefined && query.vintage !== releases!.vintage
      ? await getPublicDatasetVintage(query.year, query.vintage)
      : latest;
  const rows = openDataRows({
    dataset,
    reference,
    province: province ? { code: province.code, name: province.fullName } : null,
    locale,
    year: query.year,
    communeSlug: query.commune,
  });
  const years = query.year !== undefined ? [query.year] : [...dataset.years].sort((a, b) => a - b);
  const vintages = years.flatMap((year) => {
    const info = latest.releases?.[year];
    if (!info) return [];
    const vintage = query.year === year && query.vintage !== undefined ? query.vintage : info.vintage;
    const at = info.vintages.filter((v) => v.vintage <= vintage);
    return [
      {
        year,
        vintage,
        releasedAt: at[0]?.releasedAt ?? null,
        revisedAt: at.filter((v) => v.kind === "REVISION").at(-1)?.releasedAt ?? null,
      },
    ];
  });
  const slug = [
    "so-lieu-dan-toc",
    ...(query.year !== undefined ? [String(query.year)] : []),
    ...(query.vintage !== undefined ? [`ban-${query.vintage}`] : []),
    ...(query.commune ? [query.commune] : []),
  ].join("-");
  const headers = (type: string, ext: string) => ({
    "content-type": type,
    "content-disposition": `attachment; filename="${slug}.${ext}"`,
    "access-control-allow-origin": "*",
  });

  if (format === "csv") return new Response(openDataCsv(rows), { headers: headers("text/csv; charset=utf-8", "csv") });
  if (format === "json") {
    return new Response(JSON.stringify({ fields: OPEN_DATA_FIELDS, vintages, data: rows }, null, 1), {
      headers: headers("application/json; charset=utf-8", "json"),
    });
  }
  const t = getT(locale, "dataset");
  const search = new URLSearchParams();
  if (query.year !== undefined) search.set("year", String(query.year));
  if (query.vintage !== undefined) search.set("vintage", String(query.vintage));
  if (query.commune) search.set("commune", query.commune);
  const csvUrl = `${configuredOrigin()}/${locale}/data/download.csv${search.size ? `?${search}` : ""}`;
  const newest = vintages
    .map((v) => v.revisedAt ?? v.releasedAt)
    .filter((d): d is string => !!d)
    .sort()
    .at(-1);
  const datapackage = {
    profile: "tabular-data-package",
    name: slug,
    title: t("public.title"),
    description: t("public.lead"),
    homepage: `${configuredOrigin()}/${locale}/data`,
    version: vintages.map((v) => `${v.year}.${v.vintage}`).join("+") || "0",
    created: newest ?? new Date(0).toISOString(),
    /** Each year's release (vintage): 1 for the first release, higher after revisions. */
    vintages,
    resources: [
      {
        name: "observations",
        path: csvUrl,
        profile: "tabular-data-resource",
        format: "csv",
        mediatype: "text/csv",
        encoding: "utf-8-sig",
        dialect: { delimiter: ",", lineTerminator: "\r\n", header: true },
        schema: openDataTableSchema(locale),
      },
    ],
  };
  return new Response(JSON.stringify(datapackage, null, 1), { headers: headers("application/json; charset=utf-8", "json") });
}
