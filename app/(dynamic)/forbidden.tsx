import { getRequestLocale, getT } from "@/lib/i18n/server";

/** The 403 page: says plainly why, and where to go instead. */
export default async function Forbidden() {
  const t = getT(await getRequestLocale(), "common");
  return (
    <main id="main" className="mx-auto w-full max-w-2xl px-4 py-10">
      <p className="text-5xl font-bold text-accent-700" aria-hidden="true">
        403
      </p>
      <h1 className="mt-2 text-2xl font-bold">{t("forbidden.title")}</h1>
      <p className="mt-3">{t("forbidden.body")}</p>
      <p className="mt-6">
        <a
          href="/admin"
          className="inline-flex min-h-11 items-center rounded bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800"
        >
          {t("forbidden.back")}
        </a>
      </p>
    </main>
  );
}
