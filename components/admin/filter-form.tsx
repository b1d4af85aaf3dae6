/**
 * A GET form for list filters: the filters end up in the address, so a filtered list can be
 * bookmarked and shared, and it works without JavaScript.
 */
export function FilterForm({ action, children, submitLabel, clearLabel }: {
  action: string;
  children: React.ReactNode;
  submitLabel: string;
  clearLabel: string;
}) {
  return (
    <form method="get" action={action} className="mt-4 flex flex-wrap items-end gap-3 rounded bg-brand-50 p-3">
      {children}
      <button type="submit" className="min-h-11 cursor-pointer rounded bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800">
        {submitLabel}
      </button>
      <a href={action} className="inline-flex min-h-11 items-center underline">
        {clearLabel}
      </a>
    </form>
  );
}

const controlClass = "mt-1 block min-h-11 rounded border-2 border-gray-500 bg-white px-2";

export function FilterSelect({ name, label, value, options }: {
  name: string;
  label: string;
  value?: string;
  options: { value: string; label: string }[];
}) {
  return (
    <label className="block text-sm font-semibold">
      {label}
      <select name={name} defaultValue={value ?? ""} className={controlClass}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}

export function FilterInput({ name, label, value, type = "text" }: { name: string; label: string; value?: string; type?: "text" | "date" | "search" }) {
  return (
    <label className="block text-sm font-semibold">
      {label}
      <input name={name} type={type} defaultValue={value ?? ""} className={controlClass} />
    </label>
  );
}
