import { CheckboxGroupField } from "@/components/library/checkbox-group";
import { RelayFiguresLine } from "@/components/reach/reach-preview";
import { RemindForm, SendArticleForm } from "@/components/reach/relay-forms";
import { ActionForm, HiddenField, SubmitButton } from "@/components/ui/action-form";
import { TextDiff } from "@/components/ui/text-diff";
import type { EditorArticle } from "@/lib/articles/admin-queries";
import type { ArticleEditorDecisions } from "@/lib/articles/editor";
import type { reviewDiff } from "@/lib/articles/review-diff";
import type { Actor } from "@/lib/auth/permissions";
import { setArticleDocumentsAction } from "@/lib/documents/actions";
import { formatDateTime } from "@/lib/format";
import { LOCALE_AUTONYMS, type Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { remindRelaysAction, sendArticleToRelaysAction } from "@/lib/relays/actions";
import { relayFigures } from "@/lib/relays/queries";

/** The article editor's sections below the text: each gets what the page loaded and decided. */

/** What changed since the reviewer last decided on this article, per language and field. */
export function ReviewChanges({ diff, locale }: { diff: NonNullable<Awaited<ReturnType<typeof reviewDiff>>>; locale: Locale }) {
  const t = getT(locale, "admin");
  const tEveryday = getT(locale, "everyday");
  return (
    <section aria-labelledby="changes-since" className="mt-8 rounded border-l-4 border-amber-500 bg-amber-50 px-4 py-3">
      <h2 id="changes-since" className="text-xl font-bold">
        {tEveryday("review.heading", { time: formatDateTime(diff.seenAt, locale) })}
      </h2>
      {diff.changes.length === 0 ? (
        <p className="mt-2">{tEveryday("review.none")}</p>
      ) : (
        diff.changes.map((change) => (
          <div key={`${change.locale}-${change.field}`} className="mt-3">
            <h3 className="font-semibold">
              {LOCALE_AUTONYMS[change.locale as Locale] ?? change.locale} · {t(`articles.fields.${change.field}`)}
            </h3>
            <TextDiff
              lines={change.lines}
              lang={change.locale}
              labels={{ added: tEveryday("diff.added"), removed: tEveryday("diff.removed") }}
            />
          </div>
        ))
      )}
    </section>
  );
}

/** The legal documents the article cites, chosen from the register. */
export function ArticleCitations({
  articleId,
  choices,
  cited,
  locale,
}: {
  articleId: string;
  choices: { id: string; number: string; title: string }[];
  cited: string[];
  locale: Locale;
}) {
  const t = getT(locale, "admin");
  const tDocuments = getT(locale, "documents");
  return (
    <section aria-labelledby="documents" className="mt-8">
      <h2 id="documents" className="text-xl font-bold">
        {tDocuments("admin.citations")}
      </h2>
      <p className="text-sm text-muted">{tDocuments("admin.citationsHint")}</p>
      <ActionForm action={setArticleDocumentsAction} className="mt-3 space-y-4" label={tDocuments("admin.citations")}>
        <HiddenField name="articleId" value={articleId} />
        <CheckboxGroupField
          name="documentIds"
          legend={tDocuments("admin.citations")}
          options={choices.map((doc) => ({
            value: doc.id,
            label: `${doc.number}: ${doc.title.length > 90 ? `${doc.title.slice(0, 90)}…` : doc.title}`,
          }))}
          defaultValues={cited}
        />
        <SubmitButton variant="secondary" pendingLabel={t("common.saving")}>
          {tDocuments("admin.citationsSave")}
        </SubmitButton>
      </ActionForm>
    </section>
  );
}

/** Every published version, newest first, with who published it and their note. */
export function ArticleRevisions({ revisions, locale }: { revisions: EditorArticle["revisions"]; locale: Locale }) {
  const t = getT(locale, "admin");
  return (
    <section aria-labelledby="revisions" className="mt-10">
      <h2 id="revisions" className="text-xl font-bold">
        {t("articles.editor.revisions")}
      </h2>
      {revisions.length === 0 ? (
        <p className="mt-2 text-sm">{t("articles.editor.noRevisions")}</p>
      ) : (
        <ol className="mt-2 space-y-2">
          {revisions.map((revision) => (
            <li key={revision.id} className="border-l-4 border-brand-100 pl-3">
              <p className="text-sm text-muted">
                {t("articles.editor.revision", {
                  number: revision.number,
                  time: formatDateTime(revision.createdAt, locale),
                  name: revision.actor?.name ?? "—",
                })}
              </p>
              {revision.note && <p lang="vi">{revision.note}</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/**
 * Reaching people with the article: the loudspeaker bulletin, and (published) sending it to the
 * prestigious persons of a commune or the province, with who received and relayed it.
 */
export async function ArticleReach({
  viewer,
  articleId,
  decisions,
  communes,
  locale,
}: {
  viewer: Actor & { id: string };
  articleId: string;
  decisions: Pick<ArticleEditorDecisions, "live" | "bulletin" | "relays" | "relayScope">;
  communes: { id: string; fullName: string }[];
  locale: Locale;
}) {
  const tr = getT(locale, "reach");
  const relays = decisions.live ? await relayFigures(viewer, { subject: { type: "Article", id: articleId } }) : [];
  const scope = decisions.relayScope;
  const options =
    scope === "all"
      ? [{ value: "", label: tr("relays.allCommunes") }, ...communes.map((commune) => ({ value: commune.id, label: commune.fullName }))]
      : communes.filter((commune) => scope.in.includes(commune.id)).map((commune) => ({ value: commune.id, label: commune.fullName }));
  return (
    <section aria-labelledby="article-reach" className="mt-10 space-y-3">
      <h2 id="article-reach" className="text-xl font-bold">
        {tr("relays.title")}
      </h2>
      {decisions.bulletin && (
        <p>
          <a href={`/admin/articles/${articleId}/bulletin.zip`} className="font-semibold underline">
            {tr("bulletin.download")}
          </a>
        </p>
      )}
      <RelayFiguresLine figures={relays[0]} locale={locale} />
      {decisions.relays && options.length > 0 && (
        <>
          <p className="text-sm">{tr("relays.sendArticleLead")}</p>
          <SendArticleForm action={sendArticleToRelaysAction} articleId={articleId} communes={options} />
          {relays[0] && (
            <RemindForm
              action={remindRelaysAction}
              subjectType="Article"
              subjectId={articleId}
              communeId={scope === "all" ? null : (scope.in[0] ?? null)}
            />
          )}
        </>
      )}
    </section>
  );
}
