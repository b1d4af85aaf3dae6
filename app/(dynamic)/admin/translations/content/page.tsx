import type { Metadata } from "next";
import { PageHeading } from "@/components/ui/page-heading";
import { WorkbenchNav } from "@/components/translations/workbench-nav";
import { formatDate } from "@/lib/format";
import { getRequestLocale, getT } from "@/lib/i18n/server";
import { translationQueue } from "@/lib/translations/queries";
import { workLanguages } from "@/lib/translations/viewer";
import { NoWorkLanguage, openWorkbench } from "@/components/translations/workbench-start";
import { DataTable } from "@/components/ui/data-table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: getT(await getRequestLocale(), "admin")("translations.queue.title") };
}

/** Published content without an up-to-date approved translation in the chosen language. */
export default async function ContentQueuePage({ searchParams }: PageProps<"/admin/translations/content">) {
  const { viewer, locale, t, lang } = await openWorkbench((await searchParams).lang);
  if (!lang) return <NoWorkLanguage title={t("translations.queue.title")} locale={locale} />;
  const queue = await translationQueue(lang);
  return (
    <>
      <PageHeading title={t("translations.queue.title")} lead={t("translations.queue.lead")} />
      <WorkbenchNav locale={locale} current="content" lang={lang} languages={workLanguages(viewer)} />
      {queue.length === 0 ? (
        <p className="mt-4">{t("translations.queue.empty")}</p>
      ) : (
        <DataTable
          className="mt-4"
          cell="p-2"
          caption={t("translations.queue.title")}
          headings={[
            t("translations.queue.kind"),
            t("translations.queue.item"),
            t("translations.queue.words"),
            t("translations.queue.status"),
          ]}
        >
          {queue.map((item) => (
            <tr key={`${item.kind}:${item.id}`} className="border-b border-brand-100 align-top">
              <td className="p-2">{t(`translations.kinds.${item.kind}`)}</td>
              <td className="p-2" lang="vi">
                <a href={`/admin/translations/content/${item.kind}/${encodeURIComponent(item.id)}?lang=${lang}`} className="underline">
                  {item.title}
                </a>
              </td>
              <td className="p-2">{t("translations.queue.words", { count: item.words })}</td>
              <td className="p-2">
                {t(
                  `translations.states.${item.status === "suggested" ? "suggested" : item.status === "outdated" ? "outdated" : "missing"}`,
                )}
                {item.status === "outdated" && (
                  <span className="block text-muted">
                    {t("translations.queue.changed", { date: formatDate(new Date(item.sourceUpdatedAt), locale) })}
                  </span>
                )}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
