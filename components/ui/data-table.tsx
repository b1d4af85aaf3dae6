/** A column heading; numeric columns are right-aligned so digits line up. */
export type Heading = string | { label: string; numeric?: boolean };

/**
 * A table that scrolls sideways on a narrow screen instead of squeezing its columns: the column
 * headings (with `scope="col"`), an optional caption for screen readers, and the page's own rows.
 * Back-office lists with a count and an empty sentence use ListTable, which wraps this.
 */
export function DataTable({
  headings,
  caption,
  className = "mt-2",
  small = true,
  cell = "py-2 pr-3",
  alignBottom,
  children,
}: {
  headings: Heading[];
  /** Read out before the table; not shown (the heading above already says it). */
  caption?: string;
  /** Spacing above the table. */
  className?: string;
  small?: boolean;
  /** Padding of the heading cells, matching the rows'. */
  cell?: string;
  /** Headings of different lengths sit on one line at the bottom. */
  alignBottom?: boolean;
  children: React.ReactNode;
}) {
  return (
    <div className={`${className} overflow-x-auto`}>
      <table className={`w-full border-collapse text-left${small ? " text-sm" : ""}`}>
        {caption && <caption className="sr-only">{caption}</caption>}
        <thead>
          <tr className={alignBottom ? "border-b-2 border-brand-700 align-bottom" : "border-b-2 border-brand-700"}>
            {headings.map((heading, index) => {
              const { label, numeric } = typeof heading === "string" ? { label: heading, numeric: false } : heading;
              return (
                <th key={`${index}-${label}`} scope="col" className={numeric ? `${cell} text-right` : cell}>
                  {label}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
