type Props = {
  page: number;
  pageCount: number;
  /** The current query, to keep filters on every page link. */
  query: Record<string, string | undefined>;
  basePath: string;
  labels: { nav: string; previous: string; next: string; page: string };
};

/** Previous / next links with "page X of Y"; plain links, so it works without JavaScript. */
export function Pagination({ page, pageCount, query, basePath, labels }: Props) {
  if (pageCount <= 1) return null;
  const href = (target: number) => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) if (value && key !== "page") params.set(key, value);
    if (target > 1) params.set("page", String(target));
    const search = params.toString();
    return search ? `${basePath}?${search}` : basePath;
  };
  const link = "inline-flex min-h-11 items-center rounded border-2 border-brand-700 px-4 font-semibold text-brand-700 hover:bg-brand-50";
  return (
    <nav aria-label={labels.nav} className="mt-6 flex flex-wrap items-center gap-4">
      {page > 1 && (
        <a href={href(page - 1)} rel="prev" className={link}>
          ← {labels.previous}
        </a>
      )}
      <span>{labels.page}</span>
      {page < pageCount && (
        <a href={href(page + 1)} rel="next" className={link}>
          {labels.next} →
        </a>
      )}
    </nav>
  );
}
