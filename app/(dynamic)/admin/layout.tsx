import { OfficeHeader } from "@/components/layout/office-header";
import { SkipLink } from "@/components/layout/skip-link";
import { ADMIN_NAV } from "@/lib/admin-navigation";
import { getTasks, taskCountsByMenu } from "@/lib/dashboard/tasks";
import { signOut } from "@/lib/auth/actions";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { I18nProvider } from "@/lib/i18n/client";
import { clientResources } from "@/lib/i18n/client-resources";
import { getRequestLocale, getRequestPath, getT } from "@/lib/i18n/server";
import { translateKey } from "@/lib/i18n/translate-key";
import { getSiteIdentity } from "@/lib/settings/queries";

export const metadata = { robots: { index: false, follow: false } };

/** The back office: signed-in staff only (anonymous → /login), menu by permission. */
export default async function AdminLayout({ children }: LayoutProps<"/admin">) {
  const viewer = await requirePermission("backoffice.access");
  const locale = await getRequestLocale();
  const [path, identity] = await Promise.all([getRequestPath(), getSiteIdentity(locale)]);
  const t = getT(locale, "admin");
  const tAuth = getT(locale, "auth");
  const current = path.split("?")[0];
  const taskCounts = taskCountsByMenu(await getTasks(viewer));
  const tEveryday = getT(locale, "everyday");
  // The menu entry of this page: the longest address it falls under (/admin/data/charts is not also /admin/data).
  const activeHref = ADMIN_NAV.map((item) => item.href)
    .filter((href) => current === href || (href !== "/admin" && current?.startsWith(`${href}/`)))
    .sort((a, b) => b.length - a.length)[0];
  return (
    <>
      <SkipLink label={getT(locale, "common")("skipToContent")} />
      <OfficeHeader locale={locale} path={path} portalName={identity.portalName}>
        <p className="text-sm">
          <span className="font-semibold">{viewer.name}</span> · {t(`roles.${viewer.role}`)}
          {viewer.commune && <> · {viewer.commune.fullName}</>}
        </p>
        <form action={signOut}>
          <button
            type="submit"
            className="min-h-11 cursor-pointer rounded border border-white/70 px-3 text-sm font-semibold hover:bg-white hover:text-brand-800"
          >
            {tAuth("signOut")}
          </button>
        </form>
      </OfficeHeader>
      <div className="mx-auto flex w-full max-w-6xl flex-1 flex-col gap-6 px-4 py-6 md:flex-row">
        <nav aria-label={t("nav.label")} className="md:w-56 md:shrink-0">
          <ul className="flex flex-wrap gap-2 md:flex-col md:gap-1">
            {ADMIN_NAV.filter((item) => can(viewer, item.permission)).map((item) => {
              const active = item.href === activeHref;
              return (
                <li key={item.key}>
                  <a
                    href={item.href}
                    aria-current={active ? "page" : undefined}
                    className="block rounded px-3 py-2 font-medium text-brand-700 hover:bg-brand-50 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white"
                  >
                    {translateKey(t, `nav.${item.key}`)}
                    {(taskCounts[item.key] ?? 0) > 0 && (
                      <span className="ml-2 inline-block min-w-6 rounded-full bg-accent-700 px-1.5 text-center text-sm font-bold text-white">
                        {taskCounts[item.key]}
                        <span className="sr-only"> {tEveryday("tasks.menuCount", { count: taskCounts[item.key] })}</span>
                      </span>
                    )}
                  </a>
                </li>
              );
            })}
          </ul>
        </nav>
        <main id="main" tabIndex={-1} className="min-w-0 flex-1">
          <I18nProvider
            locale={locale}
            resources={clientResources(locale, [
              "admin",
              "errors",
              "auth",
              "dataset",
              "notices",
              "forum",
              "products",
              "reach",
              "documents",
              "everyday",
              "training",
            ])}
          >
            {children}
          </I18nProvider>
        </main>
      </div>
    </>
  );
}
