import "server-only";
import { db } from "@/lib/db";
import { ARTICLE_KINDS } from "@/lib/articles/states";
import { DEFAULT_LOCALE, LOCALE_AUTONYMS, MINORITY_LOCALES, type Locale } from "@/lib/i18n/config";
import { periodInstants } from "../period";
import type { MeasureInput, ProgrammeIndicator } from "../types";

/**
 * The share of published articles readable in a minority language at the end of the period: an
 * article counts when a speaker's translation of it was approved in the workbench (approved
 * translations live in ArticleTranslation; nothing else writes a minority-language row). The
 * province figure counts an article available in at least one minority language; `parts` gives
 * each language's own share. Articles belong to the province: no commune figure.
 */
async function published(input: MeasureInput) {
  const { to } = periodInstants(input.period);
  const articles = await db.article.findMany({
    where: { kind: { in: [...ARTICLE_KINDS] }, state: "PUBLISHED", deletedAt: null, publishAt: { lt: to } },
    orderBy: { publishAt: "desc" },
    select: {
      id: true,
      translations: { where: { locale: { in: [DEFAULT_LOCALE, ...MINORITY_LOCALES] } }, select: { locale: true, title: true } },
    },
  });
  return articles.map((article) => ({
    id: article.id,
    title: article.translations.find((tr) => tr.locale === DEFAULT_LOCALE)?.title ?? article.id,
    languages: article.translations.map((tr) => tr.locale as Locale).filter((locale) => locale !== DEFAULT_LOCALE),
  }));
}

export const minorityContentShare: ProgrammeIndicator = {
  key: "minorityContentShare",
  unit: "percent",
  defaultTarget: null, // the plan sets no number
  async measure(input) {
    const articles = await published(input);
    return {
      status: "measured",
      province: { value: articles.filter((a) => a.languages.length > 0).length, of: articles.length },
      communes: null,
      parts: MINORITY_LOCALES.map((locale) => ({
        label: LOCALE_AUTONYMS[locale],
        figure: { value: articles.filter((a) => a.languages.includes(locale)).length, of: articles.length },
      })),
    };
  },
  async rows(input) {
    if (input.communeId) return { headings: [], rows: [] };
    const articles = await published(input);
    return {
      headings: ["rows.title", "rows.languages"],
      rows: articles.map((a) => ({
        cells: [a.title, a.languages.map((locale) => LOCALE_AUTONYMS[locale]).join(", ") || "—"],
        counted: a.languages.length > 0,
        href: `/admin/articles/${a.id}`,
      })),
    };
  },
};
