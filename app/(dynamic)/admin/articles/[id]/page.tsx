import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EditorFrame, EditorLanguages } from "@/components/admin/editor-frame";
import { ArticleMedia } from "@/components/articles/editor-media";
import { ArticleCitations, ArticleReach, ArticleRevisions, ReviewChanges } from "@/components/articles/editor-sections";
import { ArticleSettingsFields } from "@/components/articles/settings-fields";
import { TranslationFields } from "@/components/articles/translation-fields";
import { WorkflowForms } from "@/components/articles/workflow-forms";
import { ActionForm, HiddenField, SubmitButton, TextField } from "@/components/ui/action-form";
import { saveTranslationAction, updateArticleSettingsAction } from "@/lib/articles/actions";
import { getArticleForEditor } from "@/lib/articles/admin-queries";
import { articleEditorDecisions } from "@/lib/articles/editor";
import { listTopics } from "@/lib/articles/queries";
import { reviewDiff } from "@/lib/articles/review-diff";
import { ARTICLE_KINDS, WORKFLOW_DONE, displayStatus, sectionOf } from "@/lib/articles/states";
import { requirePermission } from "@/lib/auth/session";
import { documentIdsOfArticle, listDocumentChoices } from "@/lib/documents/admin-queries";
import { editorQuery } from "@/lib/editor-query";
import { formatDateTime } from "@/lib/format";
import { LOCALE_AUTONYMS } from "@/lib/i18n/config";
import { getRequestLocale, getT } from "@/lib/i18n/server";
import { localePath } from "@/lib/navigation";
import { listCommunes } from "@/lib/units/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: getT(await getRequestLocale(), "admin")("articles.title") };
}

/** The article editor: load the article, decide what this viewer may do with it (lib/articles/editor.ts), compose. */
export default async function EditArticlePage({ params, searchParams }: PageProps<"/admin/articles/[id]">) {
  const viewer = await requirePermission("articles.edit");
  const { id } = await params;
  const query = editorQuery(await searchParams, WORKFLOW_DONE);
  const lang = query.lang;
  const locale = await getRequestLocale();
  const t = getT(locale, "admin");
  const [article, communes, topics, documentChoices, citedIds] = await Promise.all([
    getArticleForEditor({ viewer, id }),
    listCommunes(),
    listTopics(ARTICLE_KINDS),
    listDocumentChoices(),
    documentIdsOfArticle(id),
  ]);
  if (!article) notFound();

  const now = new Date();
  const decide = articleEditorDecisions(article, viewer, now);
  const diff = decide.reviewDiff ? await reviewDiff(article.id, viewer.id, article.translations) : null;
  const translation = article.translations.find((tr) => tr.locale === lang);
  const vi = article.translations.find((tr) => tr.locale === "vi");
  const publicSlug = vi?.slug ?? article.translations[0]?.slug;

  const state = (
    <>
      <p className="font-semibold">{t("articles.editor.status", { state: t(`articles.states.${displayStatus(article, now)}`) })}</p>
      {article.author && <p>{t("articles.editor.author", { name: article.author.name })}</p>}
      {article.publishAt && article.state === "PUBLISHED" && (
        <p>
          {t(decide.live ? "articles.editor.publishedAt" : "articles.editor.scheduledFor", {
            time: formatDateTime(article.publishAt, locale),
          })}
        </p>
      )}
      {article.state === "WITHDRAWN" && <p>{t("articles.editor.withdrawnInfo", { reason: article.withdrawalReason ?? "" })}</p>}
      {article.reviewComment && (
        <p className="rounded bg-amber-50 px-3 py-2">{t("articles.editor.reviewComment", { comment: article.reviewComment })}</p>
      )}
      {decide.publicLink && publicSlug && (
        <p>
          <a href={localePath("vi", `${sectionOf(article.kind)}/${publicSlug}`)} className="underline">
            {t("articles.editor.viewPublic")}
          </a>
        </p>
      )}
      {decide.history && (
        <p>
          <a href={`/admin/audit?entityType=Article&entityId=${article.id}`} className="underline">
            {t("articles.editor.history")}
          </a>
        </p>
      )}
      {!decide.editable && <p className="font-semibold">{t("articles.editor.lockedNote")}</p>}
    </>
  );

  return (
    <EditorFrame
      back={{ href: "/admin/articles", label: t("common.back") }}
      title={vi?.title ?? t("articles.title")}
      messages={[query.done && t(`articles.${query.done}`), query.created && t("articles.created")]}
      state={state}
    >
      {diff && <ReviewChanges diff={diff} locale={locale} />}

      {decide.editable && (
        <section aria-labelledby="settings" className="mt-8">
          <h2 id="settings" className="text-xl font-bold">
            {t("articles.editor.settings")}
          </h2>
          <ActionForm action={updateArticleSettingsAction} className="mt-3 space-y-4" label={t("articles.editor.settings")}>
            <HiddenField name="id" value={article.id} />
            <ArticleSettingsFields viewer={viewer} locale={locale} communes={communes} topics={topics} values={article} />
            <TextField
              name="coverAlt"
              label={t("articles.fields.coverAlt")}
              hint={t("articles.fields.coverAltHint")}
              defaultValue={article.coverAlt ?? undefined}
            />
            <SubmitButton pendingLabel={t("common.saving")}>{t("common.save")}</SubmitButton>
          </ActionForm>
        </section>
      )}

      {decide.citations && documentChoices.length > 0 && (
        <ArticleCitations articleId={article.id} choices={documentChoices} cited={citedIds} locale={locale} />
      )}

      <EditorLanguages
        heading={t("articles.editor.languages")}
        href={`/admin/articles/${article.id}`}
        current={lang}
        present={article.translations}
        missingLabel={t("articles.editor.missing")}
      >
        {decide.liveNote && <p className="mt-3 rounded bg-amber-50 px-3 py-2 text-sm">{t("articles.editor.liveNote")}</p>}
        {decide.editable ? (
          <ActionForm key={lang} action={saveTranslationAction} className="mt-4 space-y-4" label={LOCALE_AUTONYMS[lang]}>
            <HiddenField name="articleId" value={article.id} />
            <HiddenField name="locale" value={lang} />
            <TranslationFields locale={locale} lang={lang} values={translation} showChangeNote={decide.live} />
            <SubmitButton pendingLabel={t("common.saving")}>{t("common.save")}</SubmitButton>
          </ActionForm>
        ) : (
          translation && (
            <div lang={lang} className="mt-4 space-y-2">
              <h3 className="text-lg font-semibold">{translation.title}</h3>
              <p>{translation.summary}</p>
              <pre className="whitespace-pre-wrap rounded bg-brand-50 p-3 font-sans">{translation.body}</pre>
            </div>
          )
        )}
      </EditorLanguages>

      <ArticleMedia article={article} lang={lang} editable={decide.editable} query={query} locale={locale} />
      <WorkflowForms viewer={viewer} article={article} locale={locale} now={now} />
      <ArticleRevisions revisions={article.revisions} locale={locale} />
      <ArticleReach viewer={viewer} articleId={article.id} decisions={decide} communes={communes} locale={locale} />
    </EditorFrame>
  );
}
