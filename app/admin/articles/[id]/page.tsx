import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleSettingsFields } from "@/components/articles/settings-fields";
import { TranslationFields } from "@/components/articles/translation-fields";
import { UploadForm } from "@/components/ui/upload-form";
import { WorkflowForms } from "@/components/articles/workflow-forms";
import { ActionForm, HiddenField, SubmitButton, TextField } from "@/components/ui/action-form";
import { PageHeading } from "@/components/ui/page-heading";
import { TextDiff } from "@/components/ui/text-diff";
import { CheckboxGroupField } from "@/components/library/checkbox-group";
import { reviewDiff } from "@/lib/articles/review-diff";
import { setArticleDocumentsAction } from "@/lib/documents/actions";
import { documentIdsOfArticle, listDocumentChoices } from "@/lib/documents/admin-queries";
import { canEditArticleDocuments } from "@/lib/documents/policy";
import { detachMediaAction, saveTranslationAction, updateArticleSettingsAction } from "@/lib/articles/actions";
import { getArticleForEditor } from "@/lib/articles/admin-queries";
import { editProblem } from "@/lib/articles/policy";
import { listTopics } from "@/lib/articles/queries";
import { ARTICLE_KINDS, WORKFLOW_DONE, displayStatus, isLive, sectionOf } from "@/lib/articles/states";
import { can, communeScope } from "@/lib/auth/permissions";
import { RemindForm, SendArticleForm } from "@/components/reach/relay-forms";
import { RelayFiguresLine } from "@/components/reach/reach-preview";
import { remindRelaysAction, sendArticleToRelaysAction } from "@/lib/relays/actions";
import { relayFigures } from "@/lib/relays/queries";
import { requirePermission } from "@/lib/auth/session";
import { formatDateTime, intlLocale } from "@/lib/format";
import { LOCALES, LOCALE_AUTONYMS, isLocale } from "@/lib/i18n/config";
import { getRequestLocale, getT } from "@/lib/i18n/server";
import { localePath } from "@/lib/navigation";
import { UPLOAD_RULES } from "@/lib/storage/sniff";
import { AUDIO_TYPE_NAMES, formatFileSize, imageSources, mediaUrl } from "@/lib/storage/urls";
import { listCommunes } from "@/lib/units/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: getT(await getRequestLocale(), "admin")("articles.title") };
}

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function EditArticlePage({ params, searchParams }: PageProps<"/admin/articles/[id]">) {
  const viewer = await requirePermission("articles.edit");
  const { id } = await params;
  const query = await searchParams;
  const lang = isLocale(one(query.lang)) ? (one(query.lang) as (typeof LOCALES)[number]) : "vi";
  const locale = await getRequestLocale();
  const t = getT(locale, "admin");
  const [article, communes, topics, documentChoices, citedIds] = await Promise.all([
    getArticleForEditor({ viewer, id }),
    listCommunes(),
    listTopics(ARTICLE_KINDS),
    listDocumentChoices(),
    documentIdsOfArticle(id),
  ]);
  const tEveryday = getT(await getRequestLocale(), "everyday");
  const tDocuments = getT(await getRequestLocale(), "documents");
  if (!article) notFound();

  const now = new Date();
  // A reviewer looking at a submitted article sees what changed since they last decided on it.
  const diff = article.state === "IN_REVIEW" && can(viewer, "articles.publish") ? await reviewDiff(article.id, viewer.id, article.translations) : null;
  const editable = editProblem(viewer, article) === null;
  const live = isLive(article, now);
  const translation = article.translations.find((tr) => tr.locale === lang);
  const vi = article.translations.find((tr) => tr.locale === "vi");
  const publicSlug = vi?.slug ?? article.translations[0]?.slug;
  const mediaOutcome = one(query.media);
  const done = WORKFLOW_DONE.find((key) => key === one(query.done));
  const mediaError = one(query.error);
  const cover = article.cover ? imageSources(article.cover) : null;
  const size = (bytes: number) => formatFileSize(bytes, intlLocale(locale));
  const uploadAction = (target: string) => `/api/articles/${article.id}/media?target=${target}&locale=${lang}`;

  return (
    <>
      <p>
        <a href="/admin/articles" className="underline">← {t("common.back")}</a>
      </p>
      <PageHeading title={vi?.title ?? t("articles.title")} />
      {done && (
        <p role="status" className="mt-4 rounded border-l-4 border-green-700 bg-green-50 px-4 py-3 font-semibold">{t(`articles.${done}`)}</p>
      )}
      {one(query.created) && (
        <p role="status" className="mt-4 rounded border-l-4 border-green-700 bg-green-50 px-4 py-3 font-semibold">{t("articles.created")}</p>
      )}
      <div className="mt-3 space-y-1 text-sm">
        <p className="font-semibold">{t("articles.editor.status", { state: t(`articles.states.${displayStatus(article, now)}`) })}</p>
        {article.author && <p>{t("articles.editor.author", { name: article.author.name })}</p>}
        {article.publishAt && article.state === "PUBLISHED" && (
          <p>{t(live ? "articles.editor.publishedAt" : "articles.editor.scheduledFor", { time: formatDateTime(article.publishAt, locale) })}</p>
        )}
        {article.state === "WITHDRAWN" && <p>{t("articles.editor.withdrawnInfo", { reason: article.withdrawalReason ?? "" })}</p>}
        {article.reviewComment && <p className="rounded bg-amber-50 px-3 py-2">{t("articles.editor.reviewComment", { comment: article.reviewComment })}</p>}
        {(live || article.state === "WITHDRAWN") && publicSlug && (
          <p><a href={localePath("vi", `${sectionOf(article.kind)}/${publicSlug}`)} className="underline">{t("articles.editor.viewPublic")}</a></p>
        )}
        {can(viewer, "audit.view") && (
          <p><a href={`/admin/audit?entityType=Article&entityId=${article.id}`} className="underline">{t("articles.editor.history")}</a></p>
        )}
        {!editable && <p className="font-semibold">{t("articles.editor.lockedNote")}</p>}
      </div>

      {diff && (
        <section aria-labelledby="changes-since" className="mt-8 rounded border-l-4 border-amber-500 bg-amber-50 px-4 py-3">
          <h2 id="changes-since" className="text-xl font-bold">{tEveryday("review.heading", { time: formatDateTime(diff.seenAt, locale) })}</h2>
          {diff.changes.length === 0 ? (
            <p className="mt-2">{tEveryday("review.none")}</p>
          ) : (
            diff.changes.map((change) => (
              <div key={`${change.locale}-${change.field}`} className="mt-3">
                <h3 className="font-semibold">{LOCALE_AUTONYMS[change.locale as (typeof LOCALES)[number]] ?? change.locale} · {t(`articles.fields.${change.field}`)}</h3>
                <TextDiff lines={change.lines} lang={change.locale} labels={{ added: tEveryday("diff.added"), removed: tEveryday("diff.removed") }} />
              </div>
            ))
          )}
        </section>
      )}

      {editable && (
        <section aria-labelledby="settings" className="mt-8">
          <h2 id="settings" className="text-xl font-bold">{t("articles.editor.settings")}</h2>
          <ActionForm action={updateArticleSettingsAction} className="mt-3 space-y-4" label={t("articles.editor.settings")}>
            <HiddenField name="id" value={article.id} />
            <ArticleSettingsFields viewer={viewer} locale={locale} communes={communes} topics={topics} values={article} />
            <TextField name="coverAlt" label={t("articles.fields.coverAlt")} hint={t("articles.fields.coverAltHint")} defaultValue={article.coverAlt ?? undefined} />
            <SubmitButton pendingLabel={t("common.saving")}>{t("common.save")}</SubmitButton>
          </ActionForm>
        </section>
      )}

      {canEditArticleDocuments(viewer, article) && documentChoices.length > 0 && (
        <section aria-labelledby="documents" className="mt-8">
          <h2 id="documents" className="text-xl font-bold">{tDocuments("admin.citations")}</h2>
          <p className="text-sm text-muted">{tDocuments("admin.citationsHint")}</p>
          <ActionForm action={setArticleDocumentsAction} className="mt-3 space-y-4" label={tDocuments("admin.citations")}>
            <HiddenField name="articleId" value={article.id} />
            <CheckboxGroupField
              name="documentIds"
              legend={tDocuments("admin.citations")}
              options={documentChoices.map((doc) => ({ value: doc.id, label: `${doc.number}: ${doc.title.length > 90 ? `${doc.title.slice(0, 90)}…` : doc.title}` }))}
              defaultValues={citedIds}
            />
            <SubmitButton variant="secondary" pendingLabel={t("common.saving")}>{tDocuments("admin.citationsSave")}</SubmitButton>
          </ActionForm>
        </section>
      )}

      <section aria-labelledby="text" className="mt-10">
        <h2 id="text" className="text-xl font-bold">{t("articles.editor.languages")}</h2>
        <nav aria-label={t("articles.editor.languages")} className="mt-2 border-b-2 border-brand-700">
          <ul className="flex flex-wrap gap-1">
            {LOCALES.map((lng) => {
              const exists = article.translations.some((tr) => tr.locale === lng);
              return (
                <li key={lng}>
                  <a
                    href={`/admin/articles/${article.id}?lang=${lng}#text`}
                    aria-current={lng === lang ? "page" : undefined}
                    className="inline-block rounded-t px-3 py-2 font-medium text-brand-700 hover:bg-brand-50 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white"
                  >
                    {LOCALE_AUTONYMS[lng]}
                    {!exists && <span className="text-sm"> ({t("articles.editor.missing")})</span>}
                  </a>
                </li>
              );
            })}
          </ul>
        </nav>
        {live && editable && <p className="mt-3 rounded bg-amber-50 px-3 py-2 text-sm">{t("articles.editor.liveNote")}</p>}
        {editable ? (
          <ActionForm key={lang} action={saveTranslationAction} className="mt-4 space-y-4" label={LOCALE_AUTONYMS[lang]}>
            <HiddenField name="articleId" value={article.id} />
            <HiddenField name="locale" value={lang} />
            <TranslationFields locale={locale} lang={lang} values={translation} showChangeNote={live} />
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
      </section>

      <section id="media" aria-labelledby="media-title" className="mt-10 space-y-6">
        <h2 id="media-title" className="text-xl font-bold">{t("articles.editor.media")}</h2>
        <div>
          {cover ? (
            <figure className="mb-3">
              {/* eslint-disable-next-line @next/next/no-img-element -- variants are made at upload (lib/storage) */}
              <img src={cover.src} srcSet={cover.srcSet} sizes="20rem" width={cover.width} height={cover.height} alt={article.coverAlt ?? ""} className="h-auto w-80 rounded" />
              <figcaption className="text-sm text-muted">{size(cover.size)}</figcaption>
            </figure>
          ) : (
            <p className="mb-3 text-sm">{t("articles.editor.noCover")}</p>
          )}
          {editable && (
            <UploadForm
              action={uploadAction("cover")}
              id="upload-cover"
              label={t("articles.editor.cover")}
              hint={t("articles.editor.coverHint")}
              accept={UPLOAD_RULES.image.mimes.join(",")}
              locale={locale}
              error={mediaOutcome === "cover" ? mediaError : undefined}
              saved={mediaOutcome === "cover" && one(query.saved) === "1"}
              submitLabel={t("articles.editor.upload")}
            />
          )}
          {editable && article.cover && <RemoveMedia id={article.id} target="cover" label={t("articles.editor.remove")} />}
        </div>
        {translation && (
          <div>
            {translation.audio ? (
              <div className="mb-3">
                <audio controls preload="none" src={mediaUrl(translation.audio.storageKey)} className="w-full max-w-md" />
                <p className="text-sm text-muted">
                  {t("articles.editor.fileInfo", { name: translation.audio.originalName ?? AUDIO_TYPE_NAMES[translation.audio.mimeType] ?? "", size: size(translation.audio.size) })}
                </p>
              </div>
            ) : (
              <p className="mb-3 text-sm">{t("articles.editor.noAudio")}</p>
            )}
            {editable && (
              <UploadForm
                action={uploadAction("audio")}
                id="upload-audio"
                label={t("articles.editor.audio", { language: LOCALE_AUTONYMS[lang] })}
                hint={t("articles.editor.audioHint")}
                accept={[...UPLOAD_RULES.audio.mimes, ".mp3", ".m4a", ".ogg"].join(",")}
                locale={locale}
                error={mediaOutcome === "audio" ? mediaError : undefined}
                saved={mediaOutcome === "audio" && one(query.saved) === "1"}
                submitLabel={t("articles.editor.upload")}
              />
            )}
            {editable && translation.audio && <RemoveMedia id={article.id} target="audio" locale={lang} label={t("articles.editor.remove")} />}
          </div>
        )}
      </section>

      <WorkflowForms viewer={viewer} article={article} locale={locale} now={now} />

      <section aria-labelledby="revisions" className="mt-10">
        <h2 id="revisions" className="text-xl font-bold">{t("articles.editor.revisions")}</h2>
        {article.revisions.length === 0 ? (
          <p className="mt-2 text-sm">{t("articles.editor.noRevisions")}</p>
        ) : (
          <ol className="mt-2 space-y-2">
            {article.revisions.map((revision) => (
              <li key={revision.id} className="border-l-4 border-brand-100 pl-3">
                <p className="text-sm text-muted">
                  {t("articles.editor.revision", { number: revision.number, time: formatDateTime(revision.createdAt, locale), name: revision.actor?.name ?? "—" })}
                </p>
                {revision.note && <p lang="vi">{revision.note}</p>}
              </li>
            ))}
          </ol>
        )}
      </section>
      <ArticleReach viewer={viewer} article={article} live={live} communes={communes} locale={locale} />
    </>
  );
}

/**
 * Reaching people with the article: the loudspeaker bulletin, and (published) sending it to the
 * prestigious persons of a commune or the province, with who received and relayed it.
 */
async function ArticleReach({ viewer, article, live, communes, locale }: {
  viewer: Awaited<ReturnType<typeof requirePermission>>;
  article: { id: string };
  live: boolean;
  communes: { id: string; fullName: string }[];
  locale: Awaited<ReturnType<typeof getRequestLocale>>;
}) {
  const tr = getT(locale, "reach");
  const relays = live ? await relayFigures(viewer, { subject: { type: "Article", id: article.id } }) : [];
  const scope = communeScope(viewer, "relays.manage");
  const options = scope === "all"
    ? [{ value: "", label: tr("relays.allCommunes") }, ...communes.map((commune) => ({ value: commune.id, label: commune.fullName }))]
    : communes.filter((commune) => scope.in.includes(commune.id)).map((commune) => ({ value: commune.id, label: commune.fullName }));
  return (
    <section aria-labelledby="article-reach" className="mt-10 space-y-3">
      <h2 id="article-reach" className="text-xl font-bold">{tr("relays.title")}</h2>
      {can(viewer, "bulletins.download") && (
        <p><a href={`/admin/articles/${article.id}/bulletin.zip`} className="font-semibold underline">{tr("bulletin.download")}</a></p>
      )}
      <RelayFiguresLine figures={relays[0]} locale={locale} />
      {live && can(viewer, "relays.manage") && options.length > 0 && (
        <>
          <p className="text-sm">{tr("relays.sendArticleLead")}</p>
          <SendArticleForm action={sendArticleToRelaysAction} articleId={article.id} communes={options} />
          {relays[0] && <RemindForm action={remindRelaysAction} subjectType="Article" subjectId={article.id} communeId={scope === "all" ? null : (scope.in[0] ?? null)} />}
        </>
      )}
    </section>
  );
}

function RemoveMedia({ id, target, locale, label }: { id: string; target: "cover" | "audio"; locale?: string; label: string }) {
  return (
    <ActionForm action={detachMediaAction} className="mt-2" label={label}>
      <HiddenField name="id" value={id} />
      <HiddenField name="target" value={target} />
      {locale && <HiddenField name="locale" value={locale} />}
      <SubmitButton variant="secondary">{label}</SubmitButton>
    </ActionForm>
  );
}
