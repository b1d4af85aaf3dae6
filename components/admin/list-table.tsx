import { DataTable } from "@/components/ui/data-table";

/**
 * A back-office list: how many matched (announced to screen readers), then the table with its
 * column headings, or a sentence when nothing matched. Rows are the page's own.
 */
export function ListTable({
  status,
  isEmpty,
  emptyLabel,
  headings,
  small,
  children,
}: {
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
      <p className="mt-4 text-sm text-muted" role="status">
        {status}
      </p>
      {isEmpty ? (
        <p className="mt-4">{emptyLabel}</p>
      ) : (
        <DataTable headings={headings} small={Boolean(small)}>
          {children}
        </DataTable>
      )}
    </>
  );
}
