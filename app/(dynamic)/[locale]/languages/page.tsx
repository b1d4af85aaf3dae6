import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { isLocale } from "@/lib/i18n/config";
import { LANGUAGES } from "@/lib/i18n/languages.mjs";
import { getT } from "@/lib/i18n/server";
import { getCoverage } from "@/lib/translations/queries";

export async function generateMetadata({ params }: PageProps<"/[locale]/languages">): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  return { title: getT(locale, "common")("languages.title") };
}

/** How far each minority language has come: interface strings approved, content translated. Honest figures, no rounding up. */
export default async function LanguagesPage({ params }: PageProps<"/[locale]/languages">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = getT(locale, "common");
  const tAdmin = getT(locale, "admin");
  const minority = LANGUAGES.filter((language) => language.minority);
  const coverage = await Promise.all(minority.map((language) => getCoverage(language.code)));
  const progress = (done: number, total: number) =>
    t("languages.progress", { done, total, percent: total ? Math.floor((done / total) * 100) : 0 });
  return (
    <>
      <h1 className="text-2xl font-bold">{t("languages.title")}</h1>
      <p className="mt-2 max-w-3xl">{t("languages.lead")}</p>
      <p className="mt-2 max-w-3xl text-muted">{t("languages.source")}</p>
      <div className="mt-4 overflow-x-auto">
        <table className="w-full text-left">
          <caption className="sr-only">{t("languages.title")}</caption>
          <thead>
            <tr className="border-b-2 border-brand-700">
              <th scope="col" className="p-2">
                {t("languages.language")}
              </th>
              <th scope="col" className="p-2">
                {t("languages.interface")}
              </th>
              <th scope="col" className="p-2">
                {t("languages.content")}
              </th>
            </tr>
          </thead>
          <tbody>
            {minority.map((language, i) => (
              <tr key={language.code} className="border-b border-brand-100 align-top">
                <th scope="row" className="p-2 font-semibold">
                  <a href={`/${language.code}`} hrefLang={language.code} className="underline">
                    {language.autonym}
                  </a>
                </th>
                <td className="p-2">{progress(coverage[i]!.strings.done, coverage[i]!.strings.total)}</td>
                <td className="p-2">
                  <ul>
                    {coverage[i]!.content.map((c) => (
                      <li key={c.kind}>
                        {tAdmin(`translations.kinds.${c.kind}`)}: {progress(c.done, c.total)}
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
