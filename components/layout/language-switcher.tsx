import { LOCALES, LOCALE_AUTONYMS, type Locale } from "@/lib/i18n/config";
import { switchLocalePath } from "@/lib/navigation";

type Props = {
  locale: Locale;
  /** The current path and query. */
  path: string;
  label: string;
  /**
   * `links`: pages under /{locale} link to the same page in each locale.
   * `form`: pages without a locale in the address (/login, /admin) save the choice instead.
   */
  mode: "links" | "form";
};

/** Each language in its own name, keeping the reader on the same page. Works without JavaScript. */
export function LanguageSwitcher({ locale, path, label, mode }: Props) {
  const itemClass =
    "inline-block rounded px-2 py-1 underline-offset-2 hover:underline aria-[current=true]:bg-white aria-[current=true]:font-semibold aria-[current=true]:text-brand-800";
  return (
    <nav aria-label={label} className="no-print">
      {mode === "links" ? (
        <ul className="flex flex-wrap gap-1 text-sm">
          {LOCALES.map((lng) => (
            <li key={lng}>
              <a
                href={switchLocalePath(path, locale, lng)}
                hrefLang={lng}
                lang={lng === "en" ? "en" : "vi"}
                aria-current={lng === locale ? "true" : undefined}
                className={itemClass}
              >
                {LOCALE_AUTONYMS[lng]}
              </a>
            </li>
          ))}
        </ul>
      ) : (
        <form method="post" action="/preferences/locale" className="flex flex-wrap gap-1 text-sm">
          <input type="hidden" name="next" value={path} />
          {LOCALES.map((lng) => (
            <button
              key={lng}
              type="submit"
              name="locale"
              value={lng}
              lang={lng === "en" ? "en" : "vi"}
              aria-current={lng === locale ? "true" : undefined}
              className={`${itemClass} cursor-pointer`}
            >
              {LOCALE_AUTONYMS[lng]}
            </button>
          ))}
        </form>
      )}
    </nav>
  );
}
