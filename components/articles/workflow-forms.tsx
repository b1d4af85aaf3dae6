import { ActionForm, HiddenField, SubmitButton, TextAreaField, TextField } from "@/components/ui/action-form";
import {
  deleteArticleAction,
  publishArticleAction,
  returnArticleAction,
  submitArticleAction,
  withdrawArticleAction,
} from "@/lib/articles/actions";
import type { EditorArticle } from "@/lib/articles/admin-queries";
import { articleResource, editProblem } from "@/lib/articles/policy";
import { transitionProblem } from "@/lib/articles/states";
import { can, type Actor } from "@/lib/auth/permissions";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";

/** The workflow steps this viewer may take on this article now, each its own small form. */
export function WorkflowForms({ viewer, article, locale, now }: { viewer: Actor; article: EditorArticle; locale: Locale; now: Date }) {
  const t = getT(locale, "admin");
  const reviewer = can(viewer, "articles.publish");
  const possible = (transition: Parameters<typeof transitionProblem>[1]) =>
    transitionProblem({ ...article, hasVietnamese: article.translations.some((tr) => tr.locale === "vi") }, transition, now) === null;
  const maySubmit = possible("submit") && editProblem(viewer, article) === null && can(viewer, "articles.edit", articleResource(article));
  const box = "space-y-3 rounded border-2 border-brand-100 p-4";
  return (
    <section aria-labelledby="workflow" className="mt-10 space-y-4">
      <h2 id="workflow" className="text-xl font-bold">
        {t("articles.editor.workflow")}
      </h2>
      {maySubmit && (
        <ActionForm action={submitArticleAction} className={box} label={t("articles.editor.submit")}>
          <HiddenField name="id" value={article.id} />
          <p className="text-sm">{t("articles.editor.submitHint")}</p>
          <SubmitButton>{t("articles.editor.submit")}</SubmitButton>
        </ActionForm>
      )}
      {reviewer && possible("publish") && (
        <ActionForm action={publishArticleAction} className={box} label={t("articles.editor.publish")}>
          <HiddenField name="id" value={article.id} />
          <p className="text-sm">{t("articles.editor.publishHint")}</p>
          <TextField
            name="publishAt"
            type="datetime-local"
            label={t("articles.fields.publishAt")}
            hint={t("articles.fields.publishAtHint")}
          />
          {article.revisions.length > 0 && (
            <TextField name="changeNote" label={t("articles.fields.changeNote")} hint={t("articles.fields.changeNoteHint")} />
          )}
          <SubmitButton>{t("articles.editor.publish")}</SubmitButton>
        </ActionForm>
      )}
      {reviewer && possible("return") && (
        <ActionForm action={returnArticleAction} className={box} label={t("articles.editor.return")}>
          <HiddenField name="id" value={article.id} />
          <TextAreaField name="comment" rows={3} label={t("articles.fields.comment")} required />
          <SubmitButton variant="secondary">{t("articles.editor.return")}</SubmitButton>
        </ActionForm>
      )}
      {reviewer && possible("withdraw") && (
        <ActionForm action={withdrawArticleAction} className={box} label={t("articles.editor.withdraw")}>
          <HiddenField name="id" value={article.id} />
          <p className="text-sm">{t("articles.editor.withdrawHint")}</p>
          <TextAreaField name="reason" rows={2} label={t("articles.fields.reason")} hint={t("articles.fields.reasonHint")} required />
          <SubmitButton variant="danger">{t("articles.editor.withdraw")}</SubmitButton>
        </ActionForm>
      )}
      {reviewer && (
        <ActionForm action={deleteArticleAction} className={box} label={t("articles.editor.delete")}>
          <HiddenField name="id" value={article.id} />
          <p className="text-sm">{t("articles.editor.deleteHint")}</p>
          <SubmitButton variant="danger">{t("articles.editor.delete")}</SubmitButton>
        </ActionForm>
      )}
    </section>
  );
}
