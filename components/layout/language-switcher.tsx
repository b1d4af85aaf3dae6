import { LOCALES, LOCALE_AUTONYMS, type Locale } from "@/lib/i18n/config";
import { switchLocalePath } from "@/lib/navigation";

type Props = {
  locale: Locale;
  /** The current path and query. */
  path: string;
  label: string;
};

/**
 * Each language in its own name. A choice is saved and keeps the reader on the same page (in
 * the other language on public pages); plain links, so it works without JavaScript.
 */
export function LanguageSwitcher({ locale, path, label }: Props) {
  return (
    <nav aria-label={label} className="no-print">
      <ul className="flex flex-wrap gap-1 text-sm">
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
                className="inline-block rounded px-2 py-1 underline-offset-2 hover:underline aria-[current=true]:bg-white aria-[current=true]:font-semibold aria-[current=true]:text-brand-800"
              >
                {LOCALE_AUTONYMS[lng]}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
