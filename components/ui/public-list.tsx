import type { ReactNode } from "react";
import { Pagination } from "@/components/ui/pagination";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";

/** The namespaces whose `list.*` strings name a public list's page links. */
type ListNamespace = "articles" | "library" | "notices" | "products";

type Props = {
  locale: Locale;
  /** Where the page links' labels come from. */
  ns: ListNamespace;
  /** The sentence shown instead of the list when it has no cards. */
  empty: string;
  /** The list's class ("mt-2" unless said; null: none). */
  listClassName?: string | null;
  /** This page, the number of pages, the list's address and the filters every page link keeps. */
  pages: { page: number; pageCount: number; basePath: string; query: Record<string, string | undefined> };
  /** The cards, each an `<li>`: an array from `items.map`, empty when there are none. */
  children: ReactNode[];
};

/**
 * A public list's cards (or a sentence when there are none) and its page links: the public list
 * pages differ only in their cards, the list's class and the filters the links keep.
 */
export function PublicList({ locale, ns, empty, listClassName = "mt-2", pages, children }: Props) {
  const t = getT(locale, ns);
  const { page, pageCount } = pages;
  const labels = {
    nav: t("list.pagination"),
    previous: t("list.previous"),
    next: t("list.next"),
    page: t("list.pageOf", { page, pageCount }),
  };
  return (
    <>
      {children.length === 0 ? <p className="mt-4">{empty}</p> : <ul className={listClassName ?? undefined}>{children}</ul>}
      <Pagination page={page} pageCount={pageCount} basePath={pages.basePath} query={pages.query} labels={labels} />
    </>
  );
}
