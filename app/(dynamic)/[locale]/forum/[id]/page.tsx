import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AnswerView } from "@/components/forum/answer-view";
import { PageKeys } from "@/components/layout/page-keys";
import { formatDate } from "@/lib/format";
import { MASK } from "@/lib/forum/mask";
import { questionPageKey } from "@/lib/forum/page-keys";
import { getPublicQuestion } from "@/lib/forum/queries";
import { excerpt } from "@/lib/forum/text";
import { isLocale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { localePath } from "@/lib/navigation";

async function load(id: string) {
  return /^\d{1,9}$/.test(id) ? getPublicQuestion(Number(id)) : null;
}

export async function generateMetadata({ params }: PageProps<"/[locale]/forum/[id]">): Promise<Metadata> {
  const { locale, id } = await params;
  if (!isLocale(locale)) return {};
  const question = await load(id);
  if (!question) return { robots: { index: false } };
  return {
    title: `${getT(locale, "forum")("question.title", { number: question.number })}: ${excerpt(question.publicBody, 60)}`,
    description: excerpt(question.publicBody, 160),
    alternates: { canonical: localePath(locale, `forum/${question.number}`) },
  };
}

/**
 * /{locale}/forum/{number}: the question as published (in the language it was written in), who
 * asked only if they chose to show their name, and the answer with who gave it and when.
 */
export default async function ForumQuestionPage({ params }: PageProps<"/[locale]/forum/[id]">) {
  const { locale, id } = await params;
  if (!isLocale(locale)) notFound();
  const question = await load(id);
  if (!question) notFound();
  const t = getT(locale, "forum");
  const sent = new Date(question.createdAt);
  return (
    <article>
      {/* What this page shows, for the purge by what changed (lib/forum/page-keys.ts). */}
      <PageKeys keys={[questionPageKey(question.number)]} />
      <p className="text-sm font-semibold uppercase text-brand-700">
        <a href={localePath(locale, "forum")} className="hover:underline">
          {t("title")}
        </a>
      </p>
      <h1 className="mt-1 text-2xl font-bold">{t("question.title", { number: question.number })}</h1>
      <p className="mt-2 text-sm text-muted">
        {question.askerName
          ? t("question.askedBy", { name: question.askerName })
          : t("question.askedAnonymous", { commune: question.commune.fullName })}
        {" · "}
        <time dateTime={sent.toISOString()}>{t("question.sent", { date: formatDate(sent, locale) })}</time>
        {" · "}
        {t("question.topic")}:{" "}
        <a href={`${localePath(locale, "forum")}?topic=${question.topic}`} className="underline">
          {t(`topics.${question.topic}`)}
        </a>
        {" · "}
        {t("question.commune")}:{" "}
        <a href={localePath(locale, `communes/${question.commune.slug}`)} className="underline">
          {question.commune.fullName}
        </a>
      </p>
      <blockquote lang={question.locale} className="mt-4 whitespace-pre-line rounded bg-brand-50 px-4 py-3 text-lg">
        {question.publicBody}
      </blockquote>
      {question.publicBody.includes(MASK) && <p className="mt-2 text-sm text-muted">{t("question.masked")}</p>}
      {question.answer ? (
        <AnswerView answer={question.answer} locale={locale} />
      ) : (
        <p className="mt-6 rounded border-l-4 border-amber-500 bg-amber-50 px-4 py-3 font-semibold">{t("question.waiting")}</p>
      )}
      <p className="mt-8">
        <a href={localePath(locale, "forum")} className="underline">
          ← {t("question.back")}
        </a>
      </p>
    </article>
  );
}
