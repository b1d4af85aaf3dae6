import type { Metadata } from "next";
import { ArticleSettingsFields } from "@/components/articles/settings-fields";
import { TranslationFields } from "@/components/articles/translation-fields";
import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { PageHeading } from "@/components/ui/page-heading";
import { createArticleAction } from "@/lib/articles/actions";
import { listTopics } from "@/lib/articles/queries";
import { ARTICLE_KINDS } from "@/lib/articles/states";
import { requirePermission } from "@/lib/auth/session";
import { getRequestLocale, getT } from "@/lib/i18n/server";
import { listCommunes } from "@/lib/units/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: getT(await getRequestLocale(), "admin")("articles.newTitle") };
}

export default async function NewArticlePage() {
  const viewer = await requirePermission("articles.edit");
  const locale = await getRequestLocale();
  const t = getT(locale, "admin");
  const [communes, topics] = await Promise.all([listCommunes(), listTopics(ARTICLE_KINDS)]);
  return (
    <>
      <p>
        <a href="/admin/articles" className="underline">
          ← {t("common.back")}
        </a>
      </p>
      <PageHeading title={t("articles.newTitle")} lead={t("articles.newLead")} />
      <ActionForm action={createArticleAction} className="mt-6 space-y-4">
        <ArticleSettingsFields viewer={viewer} locale={locale} communes={communes} topics={topics} />
        <TranslationFields locale={locale} lang="vi" />
        <SubmitButton pendingLabel={t("common.saving")}>{t("common.save")}</SubmitButton>
      </ActionForm>
    </>
  );
}
