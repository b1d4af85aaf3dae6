/**
 * A GET form for list filters: the filters end up in the address, so a filtered list can be
 * bookmarked and shared, and it works without JavaScript. Two variants of one form:
 * - admin (default): "clear" is always offered and goes back to the bare list;
 * - public: a named form (`label`, a search landmark with `search`), left out of print, whose
 *   "clear" appears only when something is filtered (`clear` null otherwise); `footer` follows
 *   the buttons (a hint on the whole width).
 */
export function FilterForm(props: AdminFilterProps | PublicFilterProps) {
  const { action, children, submitLabel } = props;
  const pub = props.variant === "public" ? props : null;
  const clear = props.variant === "public" ? props.clear : { href: action, label: props.clearLabel };
  return (
    <form
      method="get"
      action={action}
      role={pub?.search ? "search" : undefined}
      aria-label={pub?.label}
      className={`${pub ? `no-print ${pub.spacing ?? "mt-4"}` : "mt-4"} flex flex-wrap items-end gap-3 rounded bg-brand-50 p-3`}
    >
      {children}
      <button type="submit" className="min-h-11 cursor-pointer rounded bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800">
        {submitLabel}
      </button>
      {clear && (
        <a href={clear.href} className="inline-flex min-h-11 items-center underline">
          {clear.label}
        </a>
      )}
      {pub?.footer}
    </form>
  );
}

type AdminFilterProps = {
  variant?: "admin";
  action: string;
  children: React.ReactNode;
  submitLabel: string;
  clearLabel: string;
};

type PublicFilterProps = {
  variant: "public";
  action: string;
  children: React.ReactNode;
  submitLabel: string;
  /** The form's accessible name. */
  label: string;
  /** A search landmark (the list has a text search). */
  search?: boolean;
  spacing?: "mt-4" | "mt-6";
  /** The address without filters, shown only when something is filtered. */
  clear: { href: string; label: string } | null;
  footer?: React.ReactNode;
};

const controlClass = "mt-1 block min-h-11 rounded border-2 border-gray-500 bg-white px-2";
const wideControlClass = "mt-1 block min-h-11 w-full max-w-full rounded border-2 border-gray-500 bg-white px-2";
const labelClass = "block text-sm font-semibold";
const wideLabelClass = "block min-w-0 max-w-full text-sm font-semibold";

/** A filter's choice; `wide` controls fill their label (lists whose choices are long, on narrow screens). */
export function FilterSelect({
  name,
  label,
  value,
  options,
  wide,
}: {
  name: string;
  label: string;
  value?: string;
  options: { value: string; label: string; lang?: string }[];
  wide?: boolean;
}) {
  return (
    <label className={wide ? wideLabelClass : labelClass}>
      {label}
      <select name={name} defaultValue={value ?? ""} className={wide ? wideControlClass : controlClass}>
        {options.map((option) => (
          <option key={option.value} value={option.value} lang={option.lang}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}

export function FilterInput({
  name,
  label,
  value,
  type = "text",
  wide,
  className,
  describedBy,
}: {
  name: string;
  label: string;
  value?: string;
  type?: "text" | "date" | "search";
  wide?: boolean;
  /** Classes added to the control's own (a wider search box). */
  className?: string;
  /** The id of a hint about what can be typed. */
  describedBy?: string;
}) {
  const control = wide ? wideControlClass : controlClass;
  return (
    <label className={wide ? wideLabelClass : labelClass}>
      {label}
      <input
        name={name}
        type={type}
        defaultValue={value ?? ""}
        className={className ? `${control} ${className}` : control}
        aria-describedby={describedBy}
      />
    </label>
  );
}
