import { NotFoundView } from "@/components/layout/not-found-view";
import { SkipLink } from "@/components/layout/skip-link";
import { getRequestLocale, getT } from "@/lib/i18n/server";

/** Addresses that match nothing (including an unknown locale), in the reader's saved language. */
export default async function RootNotFound() {
  const locale = await getRequestLocale();
  return (
    <>
      <SkipLink label={getT(locale, "common")("skipToContent")} />
      <main id="main" tabIndex={-1} className="px-4 py-10">
        <NotFoundView locale={locale} />
      </main>
    </>
  );
}
