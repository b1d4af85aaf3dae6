import { LOCALES, LOCALE_AUTONYMS, type Locale } from "@/lib/i18n/config";
import { switchLocalePath } from "@/lib/navigation";

type Props = {
  locale: Locale;
  /** The current path and query. */
  path: string;
  label: string;
  /** On a phone: the current language only, the others behind a `<details>` (no JavaScript). */
  compact?: boolean;
};

/**
 * Each language in its own name. A choice is saved and keeps the reader on the same page (in
 * the other language on public pages); plain links, so it works without JavaScript.
 */
export function LanguageSwitcher({ locale, path, label, compact = false }: Props) {
  const list = (
    <ul className={compact ? "mt-1 flex flex-col gap-1" : "flex flex-wrap gap-1 text-sm"}>
      {LOCALES.map((lng) => {
        const next = switchLocalePath(path, locale, lng);
        return (
          <li key={lng}>
            <a
              href={`/preferences/locale?locale=${lng}&next=${encodeURIComponent(next)}`}
              hrefLang={lng}
              lang={lng === "en" ? "en" : "vi"}
              aria-current={lng === locale ? "true" : undefined}
              rel="nofollow"
              className={`inline-block rounded px-2 underline-offset-2 hover:underline aria-[current=true]:bg-white aria-[current=true]:font-semibold aria-[current=true]:text-brand-800 ${compact ? "py-2" : "py-1"}`}
            >
              {LOCALE_AUTONYMS[lng]}
            </a>
          </li>
        );
      })}
    </ul>
  );
  if (!compact) {
    return (
      <nav aria-label={label} className="no-print">
        {list}
      </nav>
    );
  }
  return (
    <details className="no-print shrink-0" data-testid="language-menu">
      <summary className="inline-flex min-h-11 cursor-pointer list-none items-center gap-1 rounded border border-white/60 px-3 [&::-webkit-details-marker]:hidden">
        <span className="sr-only">{label}: </span>
        <span lang={locale === "en" ? "en" : "vi"}>{LOCALE_AUTONYMS[locale]}</span>
        <span aria-hidden="true">▾</span>
      </summary>
      <nav aria-label={label}>{list}</nav>
    </details>
  );
}
