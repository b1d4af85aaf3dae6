/** A page's title, with an optional lead paragraph and actions on the right. */
export function PageHeading({ title, lead, children }: { title: string; lead?: string; children?: React.ReactNode }) {
  return (
    <div className="flex flex-wrap items-start justify-between gap-3">
      <div>
        <h1 className="text-2xl font-bold">{title}</h1>
        {lead && <p className="mt-1 max-w-3xl text-muted">{lead}</p>}
      </div>
      {children}
    </div>
  );
}

export const buttonLinkClass = "inline-flex min-h-11 items-center rounded bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800";
