/**
 * Small-cell suppression for published tables (Decree 13/2023/NĐ-CP: ethnicity tied to a person
 * is sensitive). Pure: no database, no framework.
 *
 * A table is cells plus the margins that are published with it (row totals, column totals, the
 * grand total). Every count from 1 to SMALL_COUNT − 1 is suppressed (primary suppression); a zero
 * is published as 0 — it tells nothing about any person, and hiding it would be misleading. Then
 * complementary suppression: with the margins published, a suppressed cell can be worked out
 * exactly from the known cells whenever it is the only unknown in a line — or, more generally,
 * whenever it lies on no cycle of unknown cells. Seen as a graph (rows and columns are vertices,
 * unknown cells are edges, every line is an equation), a value is determined exactly when its
 * edge is a bridge. So: while some unknown cell is a bridge, suppress the cheapest extra cells
 * that close a 4-cycle through it (r,c)–(r,c')–(r',c')–(r',c). A margin that is not published
 * is an unknown that costs nothing. A zero never serves as a complement: zeros are always
 * published (a reader knows that), so hiding one would protect nothing.
 */
export const SMALL_COUNT = 5;

/**
 * A published number: its value, or suppressed (`value` is then null). Null value unsuppressed = no
 * data. `primary` marks a suppressed count that is itself small (1–4); any other suppressed value
 * is complementary (hidden so that a small one cannot be worked out) and may be large.
 */
export type PublishedValue = { value: number | null; suppressed: boolean; primary?: true };

export type CountTable = {
  cells: (number | null)[][];
  /** Published row totals; omit when the table has none. */
  rowTotals?: (number | null)[];
  /** Published column totals; omit when the table has none. */
  colTotals?: (number | null)[];
  /** Published grand total (only with both kinds of margins). */
  total?: number | null;
};

export type SuppressedTable = {
  cells: PublishedValue[][];
  rowTotals?: PublishedValue[];
  colTotals?: PublishedValue[];
  total?: PublishedValue;
};

/** A count is too small to publish when it is 1 to SMALL_COUNT − 1 (a zero is not). */
export function isSmallCount(value: number | null): boolean {
  return value !== null && value > 0 && value < SMALL_COUNT;
}

type Slot = { value: number | null; published: boolean; margin: boolean };

/** Extra cost of suppressing a margin, so inner cells are chosen first. */
const MARGIN_PENALTY = 1e9;

/** Bridges of an undirected graph (Tarjan), edges as [u, v] vertex pairs. */
export function findBridges(vertexCount: number, edges: readonly [number, number][]): Set<number> {
  const adjacency: [number, number][][] = Array.from({ length: vertexCount }, () => []);
  edges.forEach(([u, v], index) => {
    adjacency[u]!.push([v, index]);
    adjacency[v]!.push([u, index]);
  });
  const order = new Array<number>(vertexCount).fill(-1);
  const low = new Array<number>(vertexCount).fill(0);
  const bridges = new Set<number>();
  let counter = 0;
  const visit = (vertex: number, viaEdge: number) => {
    order[vertex] = low[vertex] = counter++;
    for (const [next, edge] of adjacency[vertex]!) {
      if (edge === viaEdge) continue;
      if (order[next] === -1) {
        visit(next, edge);
        low[vertex] = Math.min(low[vertex]!, low[next]!);
        if (low[next]! > order[vertex]!) bridges.add(edge);
      } else {
        low[vertex] = Math.min(low[vertex]!, order[next]!);
      }
    }
  };
  for (let vertex = 0; vertex < vertexCount; vertex++) if (order[vertex] === -1) visit(vertex, -1);
  return bridges;
}

/**
 * Applies primary and complementary suppression to a table of counts. Cells that are null (no
 * data) or zero are known to everyone and never serve as complements.
 */
export function suppressTable(table: CountTable): SuppressedTable {
  const rows = table.cells.length;
  const cols = table.cells[0]?.length ?? 0;
  // The extended grid: inner cells, then a totals column and a totals row.
  const grid: Slot[][] = [];
  for (let r = 0; r <= rows; r++) {
    const line: Slot[] = [];
    for (let c = 0; c <= cols; c++) {
      if (r < rows && c < cols) line.push({ value: table.cells[r]![c] ?? null, published: true, margin: false });
      else if (r < rows) line.push(slotOf(table.rowTotals?.[r], table.rowTotals !== undefined));
      else if (c < cols) line.push(slotOf(table.colTotals?.[c], table.colTotals !== undefined));
      else line.push(slotOf(table.total, table.total !== undefined && table.rowTotals !== undefined && table.colTotals !== undefined));
    }
    grid.push(line);
  }
  // Unknown to a reader: suppressed cells and unpublished margins.
  const unknown = grid.map((line) => line.map((slot) => !slot.published || isSmallCount(slot.value)));
  const suppressed = grid.map((line) => line.map((slot) => slot.published && isSmallCount(slot.value)));

  const cost = (r: number, c: number) => {
    const slot = grid[r]![c]!;
    if (unknown[r]![c]) return 0;
    if (slot.value === null || slot.value === 0) return Infinity; // no data or a zero: known, cannot hide anything
    return slot.value + (slot.margin ? MARGIN_PENALTY : 0);
  };

  for (;;) {
    const edges: [number, number][] = [];
    const cellsOfEdges: [number, number][] = [];
    for (let r = 0; r <= rows; r++) {
      for (let c = 0; c <= cols; c++) {
        const slot = grid[r]![c]!;
        if (unknown[r]![c] && (slot.value !== null || !slot.published)) {
          edges.push([r, rows + 1 + c]);
          cellsOfEdges.push([r, c]);
        }
      }
    }
    const bridges = [...findBridges(rows + cols + 2, edges)].filter((index) => {
      const [r, c] = cellsOfEdges[index]!;
      return suppressed[r]![c]; // an unpublished margin may be determined: it is not shown anyway
    });
    if (bridges.length === 0) break;
    const [r, c] = cellsOfEdges[bridges[0]!]!;
    let best: { cost: number; cells: [number, number][] } | null = null;
    for (let r2 = 0; r2 <= rows; r2++) {
      if (r2 === r) continue;
      for (let c2 = 0; c2 <= cols; c2++) {
        if (c2 === c) continue;
        const cells: [number, number][] = [
          [r, c2],
          [r2, c2],
          [r2, c],
        ];
        const total = cells.reduce((sum, [a, b]) => sum + cost(a, b), 0);
        if (total < Infinity && (!best || total < best.cost)) best = { cost: total, cells };
      }
    }
    // No cycle possible (a table too small or too sparse): hide every published value it has.
    const toHide: [number, number][] = best ? best.cells : grid.flatMap((line, a) => line.map((_, b) => [a, b] as [number, number]));
    for (const [a, b] of toHide) {
      if (grid[a]![b]!.value === null || grid[a]![b]!.value === 0) continue; // no data, a zero (always published), or an unpublished margin
      unknown[a]![b] = true;
      if (grid[a]![b]!.published) suppressed[a]![b] = true;
    }
    if (!best) break;
  }

  const out = (r: number, c: number): PublishedValue =>
    suppressed[r]![c]
      ? isSmallCount(grid[r]![c]!.value)
        ? { value: null, suppressed: true, primary: true }
        : { value: null, suppressed: true }
      : { value: grid[r]![c]!.value, suppressed: false };
  return {
    cells: table.cells.map((line, r) => line.map((_, c) => out(r, c))),
    rowTotals: table.rowTotals && table.rowTotals.map((_, r) => out(r, cols)),
    colTotals: table.colTotals && table.colTotals.map((_, c) => out(rows, c)),
    total: table.total !== undefined && table.rowTotals && table.colTotals ? out(rows, cols) : undefined,
  };
}

function slotOf(value: number | null | undefined, published: boolean): Slot {
  return { value: value ?? null, published, margin: true };
}

/**
 * A rate computed from counts (e.g. poor households / households): hidden when either count is
 * hidden — otherwise rate × denominator would give the hidden count back.
 */
export function publishedRate(numerator: PublishedValue, denominator: PublishedValue, scale = 100): PublishedValue {
  if (numerator.suppressed || denominator.suppressed) return { value: null, suppressed: true };
  if (numerator.value === null || denominator.value === null || denominator.value === 0) return { value: null, suppressed: false };
  return { value: Math.round((numerator.value / denominator.value) * scale * 10) / 10, suppressed: false };
}

/** A value entered as a rate, weighted by a count: hidden when that count is. */
export function publishedWeighted(value: number | null, weight: PublishedValue | undefined): PublishedValue {
  if (weight?.suppressed) return { value: null, suppressed: true };
  return { value, suppressed: false };
}
