import { Pagination } from "@/components/ui/pagination";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";

/** A back-office list's previous / next links, labelled from the admin texts ("page X of Y"). */
export function AdminPagination({
  page,
  pageCount,
  basePath,
  query,
  locale,
}: {
  page: number;
  pageCount: number;
  basePath: string;
  /** The list's filters, kept on every page link. */
  query: Record<string, string | undefined>;
  locale: Locale;
}) {
  const t = getT(locale, "admin");
  return (
    <Pagination
      page={page}
      pageCount={pageCount}
      basePath={basePath}
      query={query}
      labels={{
        nav: t("common.pagination"),
        previous: t("common.previous"),
        next: t("common.next"),
        page: t("common.pageOf", { page, pageCount }),
      }}
    />
  );
}
