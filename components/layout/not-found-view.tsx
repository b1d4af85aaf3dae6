import { SkipLink } from "@/components/layout/skip-link";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";

/** The whole 404 page of a root layout (app/(dynamic), app/(stored)): no header, the way home. */
export function NotFoundPage({ locale }: { locale: Locale }) {
  return (
    <>
      <SkipLink label={getT(locale, "common")("skipToContent")} />
      <main id="main" tabIndex={-1} className="px-4 py-10">
        <NotFoundView locale={locale} />
      </main>
    </>
  );
}

/** The 404 page body, in the reader's language. */
export function NotFoundView({ locale }: { locale: Locale }) {
  const t = getT(locale, "common");
  return (
    <div className="mx-auto max-w-2xl py-6">
      <p className="text-5xl font-bold text-brand-700" aria-hidden="true">
        404
      </p>
      <h1 className="mt-2 text-2xl font-bold">{t("notFound.title")}</h1>
      <p className="mt-3">{t("notFound.body")}</p>
      <p className="mt-6">
        <a
          href={`/${locale}`}
          className="inline-flex min-h-11 items-center rounded bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800"
        >
          {t("notFound.home")}
        </a>
      </p>
    </div>
  );
}
