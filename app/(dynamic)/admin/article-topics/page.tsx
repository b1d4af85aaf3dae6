import type { Metadata } from "next";
import { ActionForm, HiddenField, SelectField, SubmitButton, TextField } from "@/components/ui/action-form";
import { PageHeading } from "@/components/ui/page-heading";
import { createTopicAction, updateTopicAction } from "@/lib/articles/actions";
import { listTopicsForAdmin } from "@/lib/articles/admin-queries";
import { ARTICLE_KINDS } from "@/lib/articles/states";
import { requirePermission } from "@/lib/auth/session";
import { getRequestLocale, getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: getT(await getRequestLocale(), "admin")("articleTopics.title") };
}

export default async function ArticleTopicsPage() {
  await requirePermission("articles.topics");
  const locale = await getRequestLocale();
  const t = getT(locale, "admin");
  const tArticles = getT(locale, "articles");
  const topics = await listTopicsForAdmin();
  return (
    <>
      <PageHeading title={t("articleTopics.title")} lead={t("articleTopics.lead")} />
      {ARTICLE_KINDS.map((kind) => {
        const ofKind = topics.filter((topic) => topic.kind === kind);
        return (
          <section key={kind} aria-labelledby={`kind-${kind}`} className="mt-8">
            <h2 id={`kind-${kind}`} className="text-xl font-bold">
              {tArticles(`kinds.${kind}`)}
            </h2>
            {ofKind.length === 0 && <p className="mt-2 text-sm">{t("articleTopics.empty")}</p>}
            <ul className="mt-3 space-y-3">
              {ofKind.map((topic) => (
                <li key={topic.id} className="rounded border border-brand-100 p-3">
                  <ActionForm action={updateTopicAction} className="flex flex-wrap items-end gap-3" label={topic.name}>
                    <HiddenField name="id" value={topic.id} />
                    <TextField name="name" label={t("articleTopics.name")} required defaultValue={topic.name} />
                    <TextField name="nameEn" label={t("articleTopics.nameEn")} defaultValue={topic.nameEn ?? undefined} />
                    <SubmitButton variant="secondary">{t("common.save")}</SubmitButton>
                    <span className="text-sm text-muted">{t("articleTopics.count", { count: topic._count.articles })}</span>
                  </ActionForm>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      <section aria-labelledby="add-topic" className="mt-10">
        <h2 id="add-topic" className="text-xl font-bold">
          {t("articleTopics.add")}
        </h2>
        <ActionForm action={createTopicAction} className="mt-3 space-y-4" label={t("articleTopics.add")}>
          <SelectField
            name="kind"
            label={t("articleTopics.kind")}
            required
            options={ARTICLE_KINDS.map((kind) => ({ value: kind, label: tArticles(`kinds.${kind}`) }))}
          />
          <TextField name="name" label={t("articleTopics.name")} required />
          <TextField name="nameEn" label={t("articleTopics.nameEn")} />
          <SubmitButton pendingLabel={t("common.saving")}>{t("articleTopics.add")}</SubmitButton>
        </ActionForm>
      </section>
    </>
  );
}
