import { MARKDOWN_BODY } from "@/components/articles/article-view";
import { formatDate } from "@/lib/format";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";

export type AnswerData = { unitName: string; html: string; createdAt: Date | string; editedAt: Date | string | null };

/**
 * An official answer: who answered (the unit it is signed with), when, and whether it was
 * edited since. The HTML comes from lib/markdown (sanitized). Answers are written in Vietnamese.
 */
export function AnswerView({ answer, locale, level = 2 }: { answer: AnswerData; locale: Locale; level?: 2 | 3 }) {
  const t = getT(locale, "forum");
  const Heading = level === 2 ? "h2" : "h3";
  const created = new Date(answer.createdAt);
  return (
    <section aria-labelledby="answer" className="mt-6 rounded border-l-4 border-green-700 bg-green-50 px-4 py-3">
      <Heading id="answer" className="text-xl font-bold">
        {t("question.answerHeading", { unit: answer.unitName })}
      </Heading>
      <p className="text-sm text-muted">
        <time dateTime={created.toISOString()}>{t("question.answeredOn", { date: formatDate(created, locale) })}</time>
        {answer.editedAt && (
          <>
            {" · "}
            <strong>{t("question.edited", { date: formatDate(new Date(answer.editedAt), locale) })}</strong>
          </>
        )}
      </p>
      <div lang="vi" className={MARKDOWN_BODY.replace("mt-6 ", "mt-2 ")} dangerouslySetInnerHTML={{ __html: answer.html }} />
    </section>
  );
}
