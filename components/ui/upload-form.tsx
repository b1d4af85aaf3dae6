import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { translateKey } from "@/lib/i18n/translate-key";

/** Only messages of these groups may come back in the address (nothing else is shown). */
const SHOWN_ERRORS = /^(upload|article|form|library|translations|notices:errors)\.[A-Za-z]+$/;

/**
 * A plain multipart form posting a file (or several) to an editor's upload route (articles,
 * notices, library, showcase photos), which streams it to disk and redirects back here; the
 * outcome (from the address) is shown next to the field.
 */
export function UploadForm({
  action,
  id,
  label,
  hint,
  accept,
  locale,
  error,
  saved,
  submitLabel,
  savedLabel,
  multiple,
  children,
}: {
  action: string;
  id: string;
  label: string;
  hint: string;
  accept: string;
  locale: Locale;
  error?: string;
  saved?: boolean;
  submitLabel: string;
  /** The message after a successful upload (default: the article editor's). */
  savedLabel?: string;
  /** Several files at once (the route must accept them). */
  multiple?: boolean;
  children?: React.ReactNode;
}) {
  const message = error && SHOWN_ERRORS.test(error) ? translateKey(getT(locale, "errors"), error) : null;
  const describedBy = [`${id}-hint`, message ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <form
      method="post"
      action={action}
      encType="multipart/form-data"
      className={`space-y-2 ${message ? "border-l-4 border-accent-600 pl-3" : ""}`}
    >
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <p id={`${id}-hint`} className="text-sm text-muted">
        {hint}
      </p>
      {children}
      {message && (
        <p id={`${id}-error`} className="font-semibold text-accent-700" role="alert">
          {message}
        </p>
      )}
      {saved && (
        <p role="status" className="font-semibold text-green-900">
          {savedLabel ?? getT(locale, "admin")("articles.mediaSaved")}
        </p>
      )}
      <input
        id={id}
        name="file"
        type="file"
        accept={accept}
        multiple={multiple}
        required
        aria-invalid={message ? true : undefined}
        aria-describedby={describedBy}
        className="block"
      />
      <button
        type="submit"
        className="min-h-11 cursor-pointer rounded border-2 border-brand-700 px-4 font-semibold text-brand-700 hover:bg-brand-50"
      >
        {submitLabel}
      </button>
    </form>
  );
}
