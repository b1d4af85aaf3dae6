import { getViewer } from "@/lib/auth/session";
import { languageAllows } from "@/lib/auth/permissions";
import { listStringStates } from "@/lib/translations/queries";
import { ZTargetLocale } from "@/lib/translations/schema";
import { exportXliff } from "@/lib/translations/xliff";

/** One language's interface strings as an XLIFF 2.0 file, for a translator of that language. */
export async function GET(request: Request) {
  const viewer = await getViewer();
  const locale = ZTargetLocale.safeParse(new URL(request.url).searchParams.get("lang"));
  if (!locale.success) return new Response("Bad request", { status: 400 });
  if (!viewer || !languageAllows(viewer, "translations.suggest", locale.data)) return new Response("Forbidden", { status: 403 });
  const rows = await listStringStates(locale.data as Parameters<typeof listStringStates>[0]);
  const xml = await exportXliff(
    locale.data,
    rows.map((row) => ({ namespace: row.namespace, key: row.key, source: row.source, current: row.suggestion?.text ?? row.live })),
  );
  return new Response(xml, {
    headers: {
      "content-type": "application/xliff+xml; charset=utf-8",
      "content-disposition": `attachment; filename="portal-${locale.data}.xlf"`,
      "cache-control": "private, no-store",
    },
  });
}
