import type { ViewTable } from "@/lib/dataset/public-view";

/**
 * A published table: numbers right-aligned, "<5", "hidden" and "—" for cells without a number,
 * each kind explained in one line right beside the table (its notes).
 */
export function DataTable({ table, caption, captionClass }: { table: ViewTable; caption?: string; captionClass?: string }) {
  return (
    <div className="mt-2 overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className={captionClass ?? "text-left font-semibold"}>{caption ?? table.title}</caption>
        <thead>
          <tr className="border-b-2 border-brand-700">
            <th scope="col" className="py-2 pr-3">
              {table.rowHeading}
            </th>
            {table.columns.map((column) => (
              <th key={column} scope="col" className="py-2 pr-3 text-right">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, index) => (
            <tr key={`${row.label}-${index}`} className="border-b border-brand-100">
              <th scope="row" className="py-1.5 pr-3 font-normal">
                {row.label}
              </th>
              {row.cells.map((cell, c) => (
                <td key={c} className={`py-1.5 pr-3 text-right tabular-nums ${cell.suppressed ? "text-muted" : ""}`}>
                  {cell.text}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {table.notes && table.notes.length > 0 && (
        <ul className="mt-1 space-y-0.5 text-sm" aria-label={table.title}>
          {table.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * Server-rendered SVG charts with their text alternatives, and their table. Each chart comes drawn
 * at two widths (lib/dataset/charts.ts): the narrow one on phones, the wide one from 640 px up, so
 * the text is never scaled below 12 px.
 */
export function ChartFigure({
  figures,
  table,
  tableCaption,
}: {
  figures: { svgs: { narrow: string; wide: string }; alt: string }[];
  table: ViewTable;
  tableCaption: string;
}) {
  return (
    <figure className="mt-3">
      {/* The SVG comes from our own chart code (ECharts on the server), never from user input. */}
      {figures.map((figure) => (
        <div key={figure.alt} className="mt-2">
          <div
            role="img"
            aria-label={figure.alt}
            className="max-w-full overflow-x-auto sm:hidden"
            dangerouslySetInnerHTML={{ __html: figure.svgs.narrow }}
          />
          <div
            role="img"
            aria-label={figure.alt}
            className="hidden max-w-full overflow-x-auto sm:block"
            dangerouslySetInnerHTML={{ __html: figure.svgs.wide }}
          />
        </div>
      ))}
      <figcaption className="sr-only">{figures.map((figure) => figure.alt).join(" ")}</figcaption>
      <DataTable table={table} caption={tableCaption} captionClass="mt-2 text-left text-sm font-semibold text-muted" />
    </figure>
  );
}
