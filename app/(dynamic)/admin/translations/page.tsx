/* eslint-disable max-lines -- the translation workbench's queue: filters, the queue table and the per-language summary read one query */
import type { Metadata } from "next";
import { z } from "zod";
import { FilterForm, FilterSelect } from "@/components/ui/filter-form";
import { PageHeading } from "@/components/ui/page-heading";
import { TranslationForm } from "@/components/translations/translation-form";
import { WorkbenchNav } from "@/components/translations/workbench-nav";
import { requirePermission } from "@/lib/auth/session";
import { LOCALE_AUTONYMS, type Locale } from "@/lib/i18n/config";
import { NAMESPACES } from "@/lib/i18n/resources";
import { getRequestLocale, getT } from "@/lib/i18n/server";
import { optionalParam } from "@/lib/http/search-params";
import { approveStringAction, suggestStringAction } from "@/lib/translations/actions";
import { termsIn } from "@/lib/translations/checks";
import { findInMemory } from "@/lib/translations/memory";
import { MemoryMatches } from "@/components/translations/memory-matches";
import { STRING_STATES, filterStrings, listStringStates, type StringRow } from "@/lib/translations/queries";
import { languageSettings } from "@/lib/translations/settings";
import { chosenLanguage, workLanguages } from "@/lib/translations/viewer";
import { StatusMessage } from "@/components/ui/status-message";
import { DataTable } from "@/components/ui/data-table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: getT(await getRequestLocale(), "admin")("translations.title") };
}

const ZFilters = z.object({
  lang: optionalParam(10),
  ns: optionalParam(40),
  state: z.enum(STRING_STATES).optional().catch(undefined),
  q: optionalParam(200),
  key: optionalParam(250),
  saved: optionalParam(250),
  approved: optionalParam(2),
});
const SHOWN = 100;

/** The workbench of interface strings: every key with its source, state and the editor of one. */
export default async function TranslationsPage({ searchParams }: PageProps<"/admin/translations">) {
  const viewer = await requirePermission("translations.suggest");
  const locale = await getRequestLocale();
  const t = getT(locale, "admin");
  const filters = ZFilters.parse(await searchParams);
  const lang = chosenLanguage(viewer, filters.lang);
  if (!lang) {
    return (
      <>
        <PageHeading title={t("translations.title")} lead={t("translations.lead")} />
        <p className="mt-4">{t("translations.noLanguages")}</p>
      </>
    );
  }
  const all = await listStringStates(lang);
  const rows = filterStrings(all, { namespace: filters.ns, state: filters.state, q: filters.q });
  const selected = filters.key ? all.find((row) => `${row.namespace}:${row.key}` === filters.key) : undefined;
  const filterQuery = new URLSearchParams(
    Object.entries({ lang, ns: filters.ns, state: filters.state, q: filters.q }).filter((e): e is [string, string] => !!e[1]),
  ).toString();
  const counts = Object.fromEntries(STRING_STATES.map((s) => [s, all.filter((row) => row.state === s).length]));
  return (
    <>
      <PageHeading title={t("translations.title")} lead={t("translations.lead")} />
      <WorkbenchNav locale={locale} current="strings" lang={lang} languages={workLanguages(viewer)} />
      <p className="mt-3 text-sm">
        {STRING_STATES.map((s, i) => (
          <span key={s}>
            {i > 0 && " · "}
            {t(`translations.states.${s}`)}: <strong>{counts[s]}</strong>
          </span>
        ))}
      </p>
      {filters.approved && <StatusMessage className="mt-3">{t("translations.approved")}</StatusMessage>}
      {filters.saved && <StatusMessage className="mt-3">{t("translations.savedKey", { key: filters.saved })}</StatusMessage>}
      {selected && (
        <StringEditor
          row={selected}
          lang={lang}
          uiLocale={locale}
          viewerId={viewer.id}
          reviews={viewer.reviewsIn.includes(lang)}
          filters={filterQuery}
        />
      )}
      <FilterForm action="/admin/translations" submitLabel={t("translations.filter")} clearLabel={t("translations.clear")}>
        <input type="hidden" name="lang" value={lang} />
        <FilterSelect
          name="ns"
          label={t("translations.section")}
          value={filters.ns}
          options={[{ value: "", label: t("translations.all") }, ...NAMESPACES.map((ns) => ({ value: ns, label: ns }))]}
        />
        <FilterSelect
          name="state"
          label={t("translations.state")}
          value={filters.state}
          options={[
            { value: "", label: t("translations.all") },
            ...STRING_STATES.map((s) => ({ value: s, label: t(`translations.states.${s}`) })),
          ]}
        />
        <label className="block text-sm font-semibold">
          {t("translations.search")}
          <input
            type="search"
            name="q"
            defaultValue={filters.q}
            className="mt-1 block min-h-11 rounded border-2 border-gray-500 bg-white px-2"
          />
        </label>
      </FilterForm>
      <p className="mt-3 text-sm">{t("translations.shown", { count: rows.length, shown: Math.min(SHOWN, rows.length) })}</p>
      <DataTable
        cell="p-2"
        caption={t("translations.title")}
        headings={[t("translations.key"), t("translations.source"), LOCALE_AUTONYMS[lang], t("translations.state")]}
      >
        {rows.slice(0, SHOWN).map((row) => {
          const id = `${row.namespace}:${row.key}`;
          return (
            <tr key={id} className="border-b border-brand-100 align-top">
              <td className="p-2 font-mono text-xs">
                <a href={`/admin/translations?${filterQuery}&key=${encodeURIComponent(id)}#editor`} className="underline">
                  {id}
                </a>
              </td>
              <td className="p-2" lang="vi">
                {row.source}
              </td>
              <td className="p-2" lang={lang}>
                {row.suggestion?.text ?? row.live ?? "—"}
              </td>
              <td className="p-2">{t(`translations.states.${row.state}`)}</td>
            </tr>
          );
        })}
      </DataTable>
    </>
  );
}

async function StringEditor({
  row,
  lang,
  uiLocale,
  viewerId,
  reviews,
  filters,
}: {
  row: StringRow;
  lang: Locale;
  uiLocale: Locale;
  viewerId: string;
  reviews: boolean;
  filters: string;
}) {
  const t = getT(uiLocale, "admin");
  const [memory, settings] = await Promise.all([findInMemory(lang, row.source), languageSettings(lang)]);
  const terms = termsIn(row.source, settings.glossary);
  const canApprove = reviews && ((row.suggestion && row.suggestion.authorId !== viewerId) || row.state === "needsReview");
  const pending = row.suggestion?.text ?? row.live ?? "";
  return (
    <section id="editor" aria-labelledby="editor-title" className="mt-6 rounded border-2 border-brand-100 p-4">
      <h2 id="editor-title" className="font-mono text-lg font-bold">
        {row.namespace}:{row.key}
      </h2>
      <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[10rem_1fr]">
        <dt className="font-semibold">{t("translations.source")}</dt>
        <dd lang="vi" className="whitespace-pre-wrap">
          {row.source}
        </dd>
        {row.english && (
          <>
            <dt className="font-semibold">English</dt>
            <dd lang="en">{row.english}</dd>
          </>
        )}
        <dt className="font-semibold">{t("translations.live")}</dt>
        <dd lang={lang}>
          {row.live ?? "—"}
          {row.state === "needsReview" && <strong> · {t("translations.states.needsReview")}</strong>}
        </dd>
        {row.suggestion && (
          <>
            <dt className="font-semibold">{t("translations.suggestion")}</dt>
            <dd lang={lang}>
              {row.suggestion.text} <span className="text-sm text-muted">({row.suggestion.authorName})</span>
            </dd>
          </>
        )}
      </dl>
      {terms.length > 0 && (
        <div className="mt-3">
          <h3 className="font-semibold">{t("translations.glossaryTerms")}</h3>
          <ul className="list-disc pl-6 text-sm">
            {terms.map((term) => (
              <li key={term.term}>
                <mark lang="vi">{term.term}</mark> → <span lang={lang}>{term.rendering}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      <MemoryMatches memory={memory} lang={lang} locale={uiLocale} className="mt-3" />
      <div className="mt-4">
        <TranslationForm
          action={suggestStringAction}
          label={t("translations.suggestLabel")}
          hidden={{ locale: lang, namespace: row.namespace, key: row.key, filters }}
          fields={[
            {
              name: "text",
              label: t("translations.yourTranslation", { language: LOCALE_AUTONYMS[lang] }),
              defaultValue: pending,
              long: row.source.length > 80,
              lang,
              hint: t("translations.textHint"),
            },
          ]}
          submitLabel={t("translations.suggestNext")}
          pendingLabel={t("common.saving")}
        />
      </div>
      {canApprove && (
        <div className="mt-4 border-t border-brand-100 pt-4">
          <TranslationForm
            action={approveStringAction}
            label={t("translations.approveLabel")}
            hidden={{ locale: lang, namespace: row.namespace, key: row.key, expectedText: row.suggestion?.text ?? row.live ?? "" }}
            fields={[]}
            submitLabel={t("translations.approve")}
            pendingLabel={t("common.saving")}
          />
        </div>
      )}
    </section>
  );
}
