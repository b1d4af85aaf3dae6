import "server-only";
import { isLocale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { buildDataView, dataViewCsv } from "./public-view";
import { getPublicDataset, getReference } from "./queries";
import { ZPublicDataParams } from "./schema";

/**
 * The downloads of /{locale}/data: the same view the page builds for the same address (same
 * year, same commune), so they hold exactly what the page shows, suppression included.
 */
export async function publicDataDownload(request: Request, localeParam: string, format: "csv" | "json"): Promise<Response> {
  if (!isLocale(localeParam)) return new Response("Not found", { status: 404 });
  const url = new URL(request.url);
  const query = ZPublicDataParams.parse(Object.fromEntries(url.searchParams));
  const [dataset, reference] = await Promise.all([getPublicDataset(), getReference()]);
  const view = buildDataView({ dataset, reference, locale: localeParam, year: query.year, communeSlug: query.commune });
  const name = `so-lieu-dan-toc-${view?.year ?? "trong"}${view?.commune ? `-${view.commune.slug}` : ""}`;
  const t = getT(localeParam, "dataset");
  const body =
    format === "json"
      ? JSON.stringify(view ?? { tables: [] }, null, 1)
      : view
        ? dataViewCsv(view, { table: t("public.chartTable"), row: t("public.communeColumn"), column: t("public.measure"), value: t("public.value") })
        : "";
  return new Response(body, {
    headers: {
      "content-type": format === "json" ? "application/json; charset=utf-8" : "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${name}.${format}"`,
    },
  });
}
