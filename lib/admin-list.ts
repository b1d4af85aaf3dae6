/**
 * One page of a back-office list. The articles, notices, products and producers lists all page
 * the same way (newest edit first, id breaking ties so pages do not overlap, a count beside the
 * rows); each builds its own count and read, with its own `where` and `select`, from the window.
 */

/** The ordering and window every back-office list page reads with. */
export type AdminListWindow = {
  orderBy: ({ updatedAt: "desc" } | { id: "desc" })[];
  skip: number;
  take: number;
};

export type AdminListPage<Row> = { total: number; rows: Row[]; pageCount: number };

/** Counts and reads one page (1-based) in parallel; `pageCount` is at least 1 so an empty list still has a page. */
export async function adminListPage<Row>(
  page: number,
  pageSize: number,
  query: (window: AdminListWindow) => readonly [count: Promise<number>, rows: Promise<Row[]>],
): Promise<AdminListPage<Row>> {
  const window: AdminListWindow = { orderBy: [{ updatedAt: "desc" }, { id: "desc" }], skip: (page - 1) * pageSize, take: pageSize };
  const [total, rows] = await Promise.all(query(window));
  return { total, rows, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}
