import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { localePath } from "@/lib/navigation";
import { LanguageSwitcher } from "./language-switcher";

/** Header of the sign-in page and the back office: the portal's name and the language choice. */
export function OfficeHeader({
  locale,
  path,
  portalName,
  children,
}: {
  locale: Locale;
  path: string;
  portalName: string;
  children?: React.ReactNode;
}) {
  const t = getT(locale, "common");
  return (
    <header className="bg-brand-800 text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3">
        <a href={localePath(locale)} className="font-bold leading-snug hover:underline">
          {portalName}
        </a>
        <div className="flex flex-wrap items-center gap-3">
          <LanguageSwitcher locale={locale} path={path} label={t("languages.label")} />
          {children}
        </div>
      </div>
    </header>
  );
}
