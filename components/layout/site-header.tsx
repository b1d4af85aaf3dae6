import Link from "next/link";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { PUBLIC_SECTIONS, localePath } from "@/lib/navigation";
import { LanguageSwitcher } from "./language-switcher";
import { TextSizeControl } from "./text-size-control";

type Props = { locale: Locale; path: string; portalName: string };

export function SiteHeader({ locale, path, portalName }: Props) {
  const t = getT(locale, "common");
  return (
    <header className="bg-brand-700 text-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3">
        <Link href={localePath(locale)} prefetch={false} className="text-lg font-bold leading-snug no-underline hover:underline sm:text-xl">
          {portalName}
        </Link>
        <TextSizeControl
          path={path}
          labels={{ group: t("textSize.label"), smaller: t("textSize.smaller"), reset: t("textSize.reset"), larger: t("textSize.larger") }}
        />
      </div>
      <div className="bg-brand-800">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-2 px-4 py-1">
          <nav aria-label={t("nav.label")} className="no-print">
            <ul className="flex flex-wrap gap-x-4">
              {PUBLIC_SECTIONS.map((section) => (
                <li key={section.key}>
                  <Link
                    href={localePath(locale, section.path)}
                    prefetch={false}
                    className="inline-block py-2 font-medium hover:underline"
                    aria-current={path === localePath(locale, section.path) ? "page" : undefined}
                  >
                    {t(`nav.${section.key}`)}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <LanguageSwitcher locale={locale} path={path} label={t("languages.label")} />
        </div>
      </div>
    </header>
  );
}
