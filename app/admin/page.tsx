import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/session";
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
  const [counts, tasks] = await Promise.all([getDashboardCounts(viewer), getTasks(viewer)]);
  return (
    <>
      <h1 className="text-2xl font-bold">{t("dashboard.title")}</h1>
      <p className="mt-1 text-muted">
        {viewer.commune
          ? t("dashboard.leadCommune", { commune: viewer.commune.fullName })
          : t("dashboard.leadProvince")}
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
    </>
  );
}
