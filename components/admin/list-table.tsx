/**
 * A back-office list: how many matched (announced to screen readers), then the table with its
 * column headings, or a sentence when nothing matched. Rows are the page's own.
 */
export function ListTable({ status, isEmpty, emptyLabel, headings, small, children }: {
  status: string;
  isEmpty: boolean;
  emptyLabel: string;
  headings: string[];
  /** Smaller text for dense lists (the audit log). */
  small?: boolean;
  children: React.ReactNode;
}) {
  return (
    <>
      <p className="mt-4 text-sm text-muted" role="status">{status}</p>
      {isEmpty ? (
        <p className="mt-4">{emptyLabel}</p>
      ) : (
        <div className="mt-2 overflow-x-auto">
          <table className={`w-full border-collapse text-left ${small ? "text-sm" : ""}`}>
            <thead>
              <tr className="border-b-2 border-brand-700">
                {headings.map((heading) => (
                  <th key={heading} scope="col" className="py-2 pr-3">{heading}</th>
                ))}
              </tr>
            </thead>
            <tbody>{children}</tbody>
          </table>
        </div>
      )}
    </>
  );
}
