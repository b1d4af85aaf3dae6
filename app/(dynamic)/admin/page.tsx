import type { Metadata } from "next";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { relayFigures } from "@/lib/relays/queries";
import { YourTasks } from "@/components/admin/your-tasks";
import { getDashboardCounts } from "@/lib/dashboard/queries";
import { getTasks } from "@/lib/dashboard/tasks";
import { formatNumber } from "@/lib/format";
import { getRequestLocale, getT } from "@/lib/i18n/server";
import { translateKey } from "@/lib/i18n/translate-key";

export async function generateMetadata(): Promise<Metadata> {
  return { title: getT(await getRequestLocale(), "admin")("dashboard.title") };
}

export default async function DashboardPage() {
  const viewer = await requirePermission("backoffice.access");
  const locale = await getRequestLocale();
  const t = getT(locale, "admin");
  const [counts, tasks, relays] = await Promise.all([
    getDashboardCounts(viewer),
    getTasks(viewer),
    can(viewer, "relays.manage") ? relayFigures(viewer, { take: 5 }) : Promise.resolve([]),
  ]);
  const tr = getT(locale, "reach");
  return (
    <>
      <h1 className="text-2xl font-bold">{t("dashboard.title")}</h1>
      <p className="mt-1 text-muted">
        {viewer.commune ? t("dashboard.leadCommune", { commune: viewer.commune.fullName }) : t("dashboard.leadProvince")}
      </p>
      <YourTasks tasks={tasks} locale={locale} />
      <h2 className="mt-10 text-xl font-bold">{getT(locale, "everyday")("tasks.figures")}</h2>
      <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {counts.map((count) => {
          const body = (
            <>
              <span className="block text-3xl font-bold text-brand-800">{formatNumber(count.value, locale)}</span>
              <span className="mt-1 block">{translateKey(t, `dashboard.counts.${count.key}`)}</span>
            </>
          );
          return (
            <li key={count.key}>
              {count.href ? (
                <a href={count.href} className="block h-full rounded-lg border-2 border-brand-100 p-4 hover:border-brand-600">
                  {body}
                </a>
              ) : (
                <div className="h-full rounded-lg border-2 border-brand-100 p-4">{body}</div>
              )}
            </li>
          );
        })}
      </ul>
      {relays.length > 0 && (
        <section aria-labelledby="relays-heading" className="mt-8">
          <h2 id="relays-heading" className="text-xl font-bold">
            {tr("relays.dashboard")}
          </h2>
          <ul className="mt-3 space-y-2">
            {relays.map((row) => (
              <li
                key={`${row.subjectType}:${row.subjectId}`}
                className="rounded border-2 border-brand-100 p-3"
                data-relay-row={row.subjectId}
              >
                <span className="text-2xl font-bold text-brand-800" data-relay-received>
                  {tr("relays.ofTotal", { acknowledged: row.received, total: row.sent })}
                </span>{" "}
                <span lang="vi">{row.title}</span>
                <span className="block text-sm">
                  {tr("relays.columns.relayed")}: {row.relayed} · {tr("relays.columns.households")}: {formatNumber(row.households, locale)}{" "}
                  · {tr("relays.columns.reminders")}: <span data-relay-reminders>{formatNumber(row.reminders, locale)}</span>
                </span>
              </li>
            ))}
          </ul>
          <p className="mt-2">
            <a href="/admin/relays" className="underline">
              {tr("relays.title")}
            </a>
          </p>
        </section>
      )}
    </>
  );
}
