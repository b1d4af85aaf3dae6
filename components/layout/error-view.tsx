"use client";

import vi from "@/locales/vi/errorPage.json" with { type: "json" };
import en from "@/locales/en/errorPage.json" with { type: "json" };
import { isLocale, type Locale } from "@/lib/i18n/config";

type Strings = typeof vi;
// Error boundaries run in the browser; this page's few strings travel with it (not i18next),
// with the same rule as everywhere: a missing translation shows the Vietnamese one (the other
// languages have no string files: lib/i18n/resources.ts).
const STRINGS: Partial<Record<Locale, Partial<Strings>>> = { vi, en };

function strings(locale: string | null): Strings & { lang: string } {
  const own = (isLocale(locale) && STRINGS[locale]) || {};
  const complete = Object.keys(vi).every((key) => key in own);
  return { ...vi, ...own, lang: complete && isLocale(locale) ? locale : "vi" };
}

/**
 * The page shown when rendering fails: what happened, a retry button and a way home. Error
 * boundaries render in the browser only, where the page's own language is on <html lang>.
 */
export function ErrorView({ retry }: { retry: () => void }) {
  const locale = typeof document === "undefined" ? null : document.documentElement.lang;
  const s = strings(locale);
  return (
    <div lang={s.lang} className="mx-auto max-w-2xl px-4 py-10">
      <h1 className="text-2xl font-bold">{s.title}</h1>
      <p className="mt-3">{s.body}</p>
      <div className="mt-6 flex flex-wrap gap-3">
        <button
          type="button"
          onClick={() => retry()}
          className="min-h-11 cursor-pointer rounded bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800"
        >
          {s.retry}
        </button>
        <a href={isLocale(locale) ? `/${locale}` : "/"} className="inline-flex min-h-11 items-center underline">
          {s.home}
        </a>
      </div>
    </div>
  );
}
