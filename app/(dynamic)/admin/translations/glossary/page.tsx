import type { Metadata } from "next";
import { ActionForm, HiddenField, SubmitButton, TextField } from "@/components/ui/action-form";
import { PageHeading } from "@/components/ui/page-heading";
import { WorkbenchNav } from "@/components/translations/workbench-nav";
import { can } from "@/lib/auth/permissions";
import { getRequestLocale, getT } from "@/lib/i18n/server";
import { deleteGlossaryTermAction, saveGlossaryTermAction, setExpectedCharsAction } from "@/lib/translations/actions";
import { languageSettings } from "@/lib/translations/settings";
import { workLanguages } from "@/lib/translations/viewer";
import { NoWorkLanguage, openWorkbench } from "@/components/translations/workbench-start";

export async function generateMetadata(): Promise<Metadata> {
  return { title: getT(await getRequestLocale(), "admin")("translations.glossary.title") };
}

/** A language's glossary (kept by its reviewers) and expected characters (set by administrators). */
export default async function GlossaryPage({ searchParams }: PageProps<"/admin/translations/glossary">) {
  const { viewer, locale, t, lang } = await openWorkbench((await searchParams).lang);
  if (!lang) return <NoWorkLanguage title={t("translations.glossary.title")} locale={locale} />;
  const settings = await languageSettings(lang);
  const reviews = viewer.reviewsIn.includes(lang);
  return (
    <>
      <PageHeading title={t("translations.glossary.title")} lead={t("translations.glossary.lead")} />
      <WorkbenchNav locale={locale} current="glossary" lang={lang} languages={workLanguages(viewer)} />
      {settings.glossary.length === 0 ? (
        <p className="mt-4">{t("translations.glossary.empty")}</p>
      ) : (
        <table className="mt-4 w-full text-left text-sm">
          <thead>
            <tr className="border-b-2 border-brand-700">
              <th scope="col" className="p-2">
                {t("translations.glossary.term")}
              </th>
              <th scope="col" className="p-2">
                {t("translations.glossary.rendering")}
              </th>
              <th scope="col" className="p-2">
                {t("translations.glossary.note")}
              </th>
              <th scope="col" className="p-2">
                <span className="sr-only">{t("translations.glossary.delete")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {settings.glossary.map((term) => (
              <tr key={term.id} className="border-b border-brand-100 align-top">
                <td className="p-2" lang="vi">
                  {term.term}
                </td>
                <td className="p-2" lang={lang}>
                  {term.rendering}
                </td>
                <td className="p-2">{term.note}</td>
                <td className="p-2">
                  {reviews && (
                    <ActionForm action={deleteGlossaryTermAction} label={`${t("translations.glossary.delete")}: ${term.term}`}>
                      <HiddenField name="id" value={term.id} />
                      <SubmitButton variant="secondary">{t("translations.glossary.delete")}</SubmitButton>
                    </ActionForm>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {reviews ? (
        <ActionForm action={saveGlossaryTermAction} className="mt-6 space-y-3" label={t("translations.glossary.add")}>
          <HiddenField name="locale" value={lang} />
          <TextField name="term" label={t("translations.glossary.term")} required />
          <TextField name="rendering" label={t("translations.glossary.rendering")} required />
          <TextField name="note" label={t("translations.glossary.note")} />
          <SubmitButton pendingLabel={t("common.saving")}>{t("translations.glossary.add")}</SubmitButton>
        </ActionForm>
      ) : (
        <p className="mt-6 text-sm">{t("translations.glossary.reviewerOnly")}</p>
      )}
      {can(viewer, "translations.languages") && (
        <ActionForm action={setExpectedCharsAction} className="mt-8 space-y-3" label={t("translations.glossary.chars")}>
          <HiddenField name="locale" value={lang} />
          <TextField
            name="expectedChars"
            label={t("translations.glossary.chars")}
            hint={t("translations.glossary.charsHint")}
            defaultValue={settings.expectedChars}
          />
          <SubmitButton pendingLabel={t("common.saving")}>{t("translations.glossary.charsSave")}</SubmitButton>
        </ActionForm>
      )}
    </>
  );
}
