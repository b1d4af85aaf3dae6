import type { Metadata } from "next";
import { PageHeading, buttonLinkClass } from "@/components/ui/page-heading";
import { WorkbenchNav } from "@/components/translations/workbench-nav";
import { XliffImport } from "@/components/translations/xliff-import";
import { getRequestLocale, getT } from "@/lib/i18n/server";
import { importXliffAction } from "@/lib/translations/actions";
import { workLanguages } from "@/lib/translations/viewer";
import { NoWorkLanguage, openWorkbench } from "@/components/translations/workbench-start";

export async function generateMetadata(): Promise<Metadata> {
  return { title: getT(await getRequestLocale(), "admin")("translations.xliff.title") };
}

/** XLIFF 2.0 export and import (dry run first) of one language's interface strings. */
export default async function XliffPage({ searchParams }: PageProps<"/admin/translations/xliff">) {
  const { viewer, locale, t, lang } = await openWorkbench((await searchParams).lang);
  if (!lang) return <NoWorkLanguage title={t("translations.xliff.title")} locale={locale} />;
  return (
    <>
      <PageHeading title={t("translations.xliff.title")} lead={t("translations.xliff.lead")} />
      <WorkbenchNav locale={locale} current="exchange" lang={lang} languages={workLanguages(viewer)} />
      <p className="mt-6">
        <a href={`/api/translations/xliff?lang=${lang}`} className={buttonLinkClass} download>
          {t("translations.xliff.export")}
        </a>
      </p>
      <div className="mt-6">
        <XliffImport action={importXliffAction} locale={lang} />
      </div>
    </>
  );
}
