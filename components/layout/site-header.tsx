import Link from "next/link";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { PUBLIC_SECTIONS, localePath } from "@/lib/navigation";
import { LanguageSwitcher } from "./language-switcher";
import { TextSizeControl } from "./text-size-control";

type Props = { locale: Locale; path: string; portalName: string };

/**
 * The public header. On a phone (below 640 px) the sections fold into a "menu" and the
 * languages into a compact switch, both plain `<details>`: they open without JavaScript and
 * leave the page's own heading near the top of the first screen. From 640 px the sections
 * and languages are shown in full (the folded copies are not rendered for assistive
 * technology there: `display: none`).
 */
export function SiteHeader({ locale, path, portalName }: Props) {
  const t = getT(locale, "common");
  const sections = PUBLIC_SECTIONS.map((section) => ({
    key: section.key,
    href: localePath(locale, section.path),
    label: t(`nav.${section.key}`),
  }));
  const current = (href: string) => (path === href || path.startsWith(`${href}?`) ? "page" : undefined);
  return (
    <header className="bg-brand-700 text-white">
      <div className="mx-auto flex max-w-5xl items-center justify-between gap-x-3 px-4 py-2 sm:gap-x-4 sm:py-3">
        <Link
          href={localePath(locale)}
          prefetch={false}
          className="min-w-0 flex-1 text-sm font-bold leading-snug break-words no-underline hover:underline sm:text-xl"
        >
          {portalName}
        </Link>
        <TextSizeControl
          path={path}
          labels={{ group: t("textSize.label"), smaller: t("textSize.smaller"), reset: t("textSize.reset"), larger: t("textSize.larger") }}
        />
      </div>
      <div className="bg-brand-800">
        {/* Phone: a menu and a compact language switch on one line. */}
        <div className="no-print mx-auto flex max-w-5xl flex-wrap items-start justify-between gap-2 px-4 py-1 sm:hidden">
          <details className="min-w-0 flex-1" data-testid="site-menu">
            <summary className="inline-flex min-h-11 cursor-pointer list-none items-center gap-2 rounded border border-white/60 px-3 font-semibold [&::-webkit-details-marker]:hidden">
              <span aria-hidden="true">☰</span>
              {t("nav.menu")}
            </summary>
            <nav aria-label={t("nav.label")}>
              <SectionList
                sections={sections}
                current={current}
                listClass="mt-1 grid grid-cols-1 gap-x-4 min-[360px]:grid-cols-2"
                linkClass="block py-2 font-medium hover:underline"
              />
            </nav>
          </details>
          <LanguageSwitcher locale={locale} path={path} label={t("languages.label")} compact />
        </div>
        {/* From 640 px: everything in view. */}
        <div className="mx-auto hidden max-w-5xl flex-wrap items-center justify-between gap-2 px-4 py-1 sm:flex">
          <nav aria-label={t("nav.label")} className="no-print">
            <SectionList
              sections={sections}
              current={current}
              listClass="flex flex-wrap gap-x-4"
              linkClass="inline-block py-2 font-medium hover:underline"
            />
          </nav>
          <LanguageSwitcher locale={locale} path={path} label={t("languages.label")} />
        </div>
      </div>
    </header>
  );
}

type Section = { key: string; href: string; label: string };

/** The sections as links; the phone menu and the wide header differ only in their classes. */
function SectionList({
  sections,
  current,
  listClass,
  linkClass,
}: {
  sections: Section[];
  current: (href: string) => "page" | undefined;
  listClass: string;
  linkClass: string;
}) {
  return (
    <ul className={listClass}>
      {sections.map((section) => (
        <li key={section.key}>
          <Link href={section.href} prefetch={false} className={linkClass} aria-current={current(section.href)}>
            {section.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}
