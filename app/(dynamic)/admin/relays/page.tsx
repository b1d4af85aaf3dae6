import type { Metadata } from "next";
import { RemindForm } from "@/components/reach/relay-forms";
import { PageHeading } from "@/components/ui/page-heading";
import { communeScope } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { formatDateTime, formatNumber } from "@/lib/format";
import { getRequestLocale, getT } from "@/lib/i18n/server";
import { remindRelaysAction } from "@/lib/relays/actions";
import { relayFigures } from "@/lib/relays/queries";
import { listCommunes } from "@/lib/units/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: getT(await getRequestLocale(), "reach")("relays.title") };
}

/**
 * /admin/relays: per notice and article, how many prestigious persons were sent it, confirmed
 * receipt and told the villagers (≈ households), for the province or one commune (`?commune=`;
 * a cadre sees their own commune), with a reminder to those who have not.
 */
export default async function RelaysPage({ searchParams }: PageProps<"/admin/relays">) {
  const viewer = await requirePermission("relays.manage");
  const locale = await getRequestLocale();
  const t = getT(locale, "reach");
  const query = await searchParams;
  const scope = communeScope(viewer, "relays.manage");
  const communes = (await listCommunes()).filter((commune) => scope === "all" || scope.in.includes(commune.id));
  const chosen = communes.find((commune) => commune.slug === query.commune) ?? null;
  const communeId = chosen?.id ?? (scope === "all" ? null : (scope.in[0] ?? null));
  const rows = await relayFigures(viewer, { communeId });
  return (
    <>
      <PageHeading title={t("relays.title")} />
      <p className="mt-1">{t("relays.lead")}</p>
      {scope === "all" && (
        <form method="get" className="mt-4 flex flex-wrap items-end gap-3">
          <label className="block font-semibold">
            {t("subscribe.commune")}
            <select
              name="commune"
              defaultValue={chosen?.slug ?? ""}
              className="mt-1 block min-h-11 rounded border-2 border-gray-500 bg-white px-2"
            >
              <option value="">{t("relays.allCommunes")}</option>
              {communes.map((commune) => (
                <option key={commune.id} value={commune.slug}>
                  {commune.fullName}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="min-h-11 rounded bg-brand-700 px-4 font-semibold text-white">
            {getT(locale, "admin")("common.filter")}
          </button>
        </form>
      )}
      {rows.length === 0 ? (
        <p className="mt-6">{t("relays.empty")}</p>
      ) : (
        <table className="mt-6 w-full border-collapse text-left">
          <thead>
            <tr className="border-b-2 border-gray-400">
              <th className="py-2 pr-3">{t("relays.columns.subject")}</th>
              <th className="py-2 pr-3">{t("relays.columns.sent")}</th>
              <th className="py-2 pr-3">{t("relays.columns.received")}</th>
              <th className="py-2 pr-3">{t("relays.columns.relayed")}</th>
              <th className="py-2 pr-3">{t("relays.columns.households")}</th>
              <th className="py-2 pr-3">{t("relays.columns.reminders")}</th>
              <th className="py-2">{t("relays.columns.remind")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={`${row.subjectType}:${row.subjectId}`} className="border-b border-gray-200 align-top" data-relay-row={row.subjectId}>
                <td className="py-2 pr-3">
                  <span lang="vi">{row.title}</span>
                  <span className="block text-sm text-muted">{formatDateTime(row.lastSentAt, locale)}</span>
                </td>
                <td className="py-2 pr-3">{formatNumber(row.sent, locale)}</td>
                <td className="py-2 pr-3" data-relay-received>
                  {t("relays.ofTotal", { acknowledged: row.received, total: row.sent })}
                </td>
                <td className="py-2 pr-3">{t("relays.ofTotal", { acknowledged: row.relayed, total: row.sent })}</td>
                <td className="py-2 pr-3">{formatNumber(row.households, locale)}</td>
                <td className="py-2 pr-3" data-relay-reminders>
                  {formatNumber(row.reminders, locale)}
                </td>
                <td className="py-2">
                  {row.relayed < row.sent && (
                    <RemindForm action={remindRelaysAction} subjectType={row.subjectType} subjectId={row.subjectId} communeId={communeId} />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
