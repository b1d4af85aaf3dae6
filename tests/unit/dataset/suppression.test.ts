import { describe, expect, it } from "vitest";
import {
  findBridges,
  publishedRate,
  publishedWeighted,
  suppressTable,
  type CountTable,
  type SuppressedTable,
} from "@/lib/dataset/suppression";

/**
 * An attacker's view: every published number is known, and every line sums to its published
 * total. Returns the cells whose exact value can be worked out (by repeatedly solving any line
 * with a single unknown) — there must be none among the suppressed ones.
 */
function derivableCells(table: CountTable, published: SuppressedTable): string[] {
  const rows = table.cells.length;
  const cols = table.cells[0]!.length;
  const known = new Map<string, number>();
  const key = (r: number, c: number) => `${r},${c}`;
  table.cells.forEach((line, r) =>
    line.forEach((v, c) => {
      const p = published.cells[r]![c]!;
      if (!p.suppressed) known.set(key(r, c), v ?? 0);
    }),
  );
  const lines: { parts: [number, number][]; total: number | null }[] = [];
  if (published.rowTotals)
    for (let r = 0; r < rows; r++)
      lines.push({
        parts: [...Array(cols).keys()].map((c) => [r, c]),
        total: published.rowTotals[r]!.suppressed ? null : table.rowTotals![r]!,
      });
  if (published.colTotals)
    for (let c = 0; c < cols; c++)
      lines.push({
        parts: [...Array(rows).keys()].map((r) => [r, c]),
        total: published.colTotals[c]!.suppressed ? null : table.colTotals![c]!,
      });
  let progress = true;
  while (progress) {
    progress = false;
    for (const line of lines) {
      if (line.total === null) continue;
      const unknown = line.parts.filter(([r, c]) => !known.has(key(r, c)));
      if (unknown.length !== 1) continue;
      const sum = line.parts.reduce((s, [r, c]) => s + (known.get(key(r, c)) ?? 0), 0);
      known.set(key(...unknown[0]!), line.total - sum);
      progress = true;
    }
  }
  const leaked: string[] = [];
  table.cells.forEach((line, r) =>
    line.forEach((_, c) => {
      if (published.cells[r]![c]!.suppressed && known.has(key(r, c))) leaked.push(key(r, c));
    }),
  );
  return leaked;
}

const sum = (values: (number | null)[]) => values.reduce<number>((s, v) => s + (v ?? 0), 0);
function withMargins(cells: (number | null)[][]): CountTable {
  const rowTotals = cells.map(sum);
  const colTotals = cells[0]!.map((_, c) => sum(cells.map((line) => line[c]!)));
  return { cells, rowTotals, colTotals, total: sum(rowTotals) };
}

describe("small-cell suppression", () => {
  it("publishes a table with no small count as it is", () => {
    const table = withMargins([
      [10, 20],
      [30, 40],
    ]);
    const out = suppressTable(table);
    expect(out.cells.flat().every((cell) => !cell.suppressed)).toBe(true);
    expect(out.total).toEqual({ value: 100, suppressed: false });
  });

  it("hides every count from 1 to 4, publishes a zero as 0, and keeps no-data cells as no data", () => {
    const out = suppressTable({ cells: [[3], [0], [null], [12], [1], [4], [5]] });
    expect(out.cells.map(([cell]) => cell)).toEqual([
      { value: null, suppressed: true, primary: true },
      { value: 0, suppressed: false },
      { value: null, suppressed: false },
      { value: 12, suppressed: false },
      { value: null, suppressed: true, primary: true },
      { value: null, suppressed: true, primary: true },
      { value: 5, suppressed: false },
    ]);
  });

  it("never takes a zero as a complementary cell: it is published anyway, so hiding it protects nothing", () => {
    // The cheapest complements of the 3 would be the zeros beside it; they stay 0 and other cells go.
    const table = withMargins([
      [3, 0, 9],
      [0, 0, 20],
      [7, 30, 40],
    ]);
    const out = suppressTable(table);
    expect(out.cells[0]![0]).toMatchObject({ value: null, suppressed: true });
    table.cells.forEach((line, r) =>
      line.forEach((v, c) => {
        if (v === 0) expect(out.cells[r]![c]).toEqual({ value: 0, suppressed: false });
      }),
    );
    expect(out.cells[0]![2]!.suppressed || out.rowTotals![0]!.suppressed).toBe(true);
    expect(derivableCells(table, out)).toEqual([]);
  });

  it("complementary case: a row with one suppressed cell and a total hides a second cell in that row", () => {
    const table = withMargins([
      [3, 10, 12],
      [20, 30, 40],
      [25, 35, 45],
    ]);
    const out = suppressTable(table);
    expect(out.cells[0]![0]).toMatchObject({ value: null, suppressed: true });
    // The 3 can no longer be worked out from its row total or its column total.
    expect(out.cells[0]!.filter((cell) => cell.suppressed).length).toBeGreaterThanOrEqual(2);
    expect(out.cells.map((line) => line[0]!).filter((cell) => cell.suppressed).length).toBeGreaterThanOrEqual(2);
    expect(derivableCells(table, out)).toEqual([]);
    // Totals stay published: inner cells are chosen as complements first, the smallest ones.
    expect(out.rowTotals!.every((cell) => !cell.suppressed)).toBe(true);
    expect(out.cells[0]![1]!.suppressed).toBe(true);
    // The 3 is a primary suppression; the 10 hidden to protect it is complementary (never "<5").
    expect(out.cells[0]![0]!.primary).toBe(true);
    expect(out.cells[0]![1]!.primary).toBeUndefined();
  });

  it("a single column with a published total: a second commune is hidden", () => {
    const table: CountTable = { cells: [[3], [40], [55]], colTotals: [98] };
    const out = suppressTable(table);
    expect(out.cells.map(([cell]) => cell!.suppressed)).toEqual([true, true, false]);
    expect(out.colTotals![0]).toEqual({ value: 98, suppressed: false });
    expect(derivableCells(table, out)).toEqual([]);
  });

  it("a one-row table cannot hide a cell behind the row total alone: the total goes too", () => {
    const table = withMargins([[3, 50]]);
    const out = suppressTable(table);
    expect(out.cells[0]![0]!.suppressed).toBe(true);
    expect(derivableCells(table, out)).toEqual([]);
  });

  it("no suppressed cell can be derived, zeros stay published and 1–4 hidden, on many random tables", () => {
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 400; n++) {
      const rows = 1 + Math.floor(random() * 6);
      const cols = 1 + Math.floor(random() * 6);
      const cells = Array.from({ length: rows }, () =>
        Array.from({ length: cols }, () => {
          const x = random();
          return x < 0.15 ? null : x < 0.3 ? 0 : x < 0.5 ? 1 + Math.floor(random() * 4) : Math.floor(random() * 200);
        }),
      );
      const table = withMargins(cells);
      const out = suppressTable(table);
      expect(derivableCells(table, out), JSON.stringify(cells)).toEqual([]);
      const check = (value: number | null | undefined, published: { value: number | null; suppressed: boolean }) => {
        if (value === 0) expect(published, JSON.stringify(cells)).toEqual({ value: 0, suppressed: false });
        if (value !== null && value !== undefined && value > 0 && value < 5) expect(published.suppressed, JSON.stringify(cells)).toBe(true);
      };
      cells.forEach((line, r) => line.forEach((v, c) => check(v, out.cells[r]![c]!)));
      table.rowTotals!.forEach((v, r) => check(v, out.rowTotals![r]!));
      table.colTotals!.forEach((v, c) => check(v, out.colTotals![c]!));
      check(table.total, out.total!);
    }
  });

  it("finds bridges (a cell that is no part of any cycle of hidden cells)", () => {
    // 0-1-2-0 is a cycle; 2-3 is a bridge.
    expect([
      ...findBridges(4, [
        [0, 1],
        [1, 2],
        [2, 0],
        [2, 3],
      ]),
    ]).toEqual([3]);
  });
});

describe("rates", () => {
  it("hide a rate computed from a hidden count, and round others to one decimal", () => {
    expect(publishedRate({ value: null, suppressed: true }, { value: 200, suppressed: false })).toMatchObject({
      value: null,
      suppressed: true,
    });
    expect(publishedRate({ value: 30, suppressed: false }, { value: null, suppressed: true })).toMatchObject({
      value: null,
      suppressed: true,
    });
    expect(publishedRate({ value: 30, suppressed: false }, { value: 200, suppressed: false })).toEqual({ value: 15, suppressed: false });
    expect(publishedRate({ value: 1, suppressed: false }, { value: 3, suppressed: false }).value).toBe(33.3);
    expect(publishedRate({ value: 5, suppressed: false }, { value: 0, suppressed: false })).toEqual({ value: null, suppressed: false });
  });
  it("hide an entered rate whose weight is hidden", () => {
    expect(publishedWeighted(92.5, { value: null, suppressed: true })).toMatchObject({ value: null, suppressed: true });
    expect(publishedWeighted(92.5, { value: 400, suppressed: false })).toEqual({ value: 92.5, suppressed: false });
  });
});
