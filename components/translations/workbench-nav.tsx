import { LOCALE_AUTONYMS, type Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";

const TABS = [
  { key: "strings", href: "/admin/translations" },
  { key: "content", href: "/admin/translations/content" },
  { key: "glossary", href: "/admin/translations/glossary" },
  { key: "exchange", href: "/admin/translations/xliff" },
] as const;

/** The workbench's sections and the viewer's languages, as links (the language is in the address). */
export function WorkbenchNav({
  locale,
  current,
  lang,
  languages,
}: {
  locale: Locale;
  current: (typeof TABS)[number]["key"];
  lang: string;
  languages: readonly Locale[];
}) {
  const t = getT(locale, "admin");
  return (
    <div className="mt-4 space-y-2">
      <nav aria-label={t("translations.sections")}>
        <ul className="flex flex-wrap gap-2">
          {TABS.map((tab) => (
            <li key={tab.key}>
              <a
                href={`${tab.href}?lang=${lang}`}
                aria-current={tab.key === current ? "page" : undefined}
                className="inline-flex min-h-11 items-center rounded border-2 border-brand-700 px-3 font-semibold text-brand-700 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white"
              >
                {t(`translations.tabs.${tab.key}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {languages.length > 1 && (
        <nav aria-label={t("translations.languageChoice")} className="text-sm">
          {t("translations.languageChoice")}:{" "}
          {languages.map((code, i) => (
            <span key={code}>
              {i > 0 && " · "}
              <a
                href={`${TABS.find((tab) => tab.key === current)!.href}?lang=${code}`}
                aria-current={code === lang ? "true" : undefined}
                className="underline aria-[current=true]:font-bold"
              >
                {LOCALE_AUTONYMS[code]}
              </a>
            </span>
          ))}
        </nav>
      )}
    </div>
  );
}
