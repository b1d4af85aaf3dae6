import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { AnswerView } from "@/components/forum/answer-view";
import { formatDate, formatTime } from "@/lib/format";
import { countTrackingLookup, getTrackedQuestion } from "@/lib/forum/queries";
import { clientIp } from "@/lib/http/client-ip";
import { displayState, isPublic } from "@/lib/forum/states";
import { normaliseTrackingCode } from "@/lib/forum/tracking-code";
import { isLocale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { localePath } from "@/lib/navigation";
import { TrackForm } from "../track-form";

export async function generateMetadata({ params }: PageProps<"/[locale]/forum/track/[code]">): Promise<Metadata> {
  const { locale } = await params;
  // Private to the holder of the code: never indexed, never followed, never kept by a cache
  // (the front server lists this address in PRIVATE_PAGES and sends no-store).
  return isLocale(locale) ? { title: getT(locale, "forum")("track.title"), robots: { index: false, follow: false } } : {};
}

/**
 * /{locale}/forum/track/{code}: the asker's private page. Status, the reason of a rejection, the
 * answer even when the question is not public, the question a duplicate was merged into.
 */
export default async function TrackedQuestionPage({ params, searchParams }: PageProps<"/[locale]/forum/track/[code]">) {
  const { locale, code: raw } = await params;
  if (!isLocale(locale)) notFound();
  const t = getT(locale, "forum");
  const lookup = await countTrackingLookup(clientIp(await headers()));
  if (!lookup.allowed) {
    return (
      <div className="max-w-2xl">
        {/* The front server answers with this status (429 Too Many Requests). */}
        <meta name="portal-status" content="429" />
        <h1 className="text-2xl font-bold">{t("track.tooManyTitle")}</h1>
        <p className="mt-2" role="alert">
          {t("track.tooMany", { time: formatTime(lookup.until, locale) })}
        </p>
      </div>
    );
  }
  const code = normaliseTrackingCode(decodeURIComponent(raw));
  const question = code ? await getTrackedQuestion(code) : null;
  if (!question || !code) {
    return (
      <div className="max-w-2xl">
        <h1 className="text-2xl font-bold">{t("track.title")}</h1>
        <TrackForm locale={locale} value={decodeURIComponent(raw).slice(0, 40)} error />
      </div>
    );
  }
  const query = await searchParams;
  const sent = query.sent === "1";
  const notify = query.notify === "sent" || query.notify === "limited" ? query.notify : null;
  const state = displayState(question);
  const answer = question.answer ?? question.mergedInto?.answer ?? null;
  return (
    <div className="max-w-2xl">
      {sent && (
        <section role="status" aria-labelledby="sent" className="mb-6 rounded border-l-4 border-green-700 bg-green-50 px-4 py-3">
          <h2 id="sent" className="text-xl font-bold">
            {t("track.sentTitle")}
          </h2>
          <p className="mt-1">{t("track.sentBody")}</p>
          <p className="mt-1 font-mono text-3xl font-bold tracking-widest" data-tracking-code={code}>
            {code}
          </p>
          <p className="mt-2">{t("track.keepCode")}</p>
          {notify && (
            <p className="mt-2 font-semibold">
              {getT(locale, "reach")(notify === "sent" ? "subscribe.notifySent" : "subscribe.notifyLimited")}
            </p>
          )}
          {notify === "sent" && typeof query.code === "string" && /^[\w.-]{1,200}$/.test(query.code) && (
            <p className="mt-1">
              <a href={localePath(locale, `subscribe/confirm/${query.code}`)} className="font-semibold underline">
                {getT(locale, "reach")("subscribe.confirm.codeSubmit")}
              </a>
            </p>
          )}
        </section>
      )}
      <h1 className="text-2xl font-bold">{t("track.heading", { number: question.number })}</h1>
      <p className="mt-2 text-sm text-muted">
        {t("question.sent", { date: formatDate(question.createdAt, locale) })} · {t(`topics.${question.topic}`)} ·{" "}
        {question.commune.fullName}
      </p>
      <dl className="mt-4">
        <dt className="font-semibold">{t("track.status")}</dt>
        <dd className="text-lg font-bold" data-state={state}>
          {t(`states.${state}`)}
        </dd>
        <dd className="text-sm">{t(`stateHelp.${state}`)}</dd>
      </dl>
      {question.state === "REJECTED" && question.rejectionReason && (
        <section aria-labelledby="reason" className="mt-4 rounded border-l-4 border-accent-600 bg-red-50 px-4 py-3">
          <h2 id="reason" className="font-bold">
            {t("track.reason")}
          </h2>
          <p lang="vi" className="whitespace-pre-line">
            {question.rejectionReason}
          </p>
        </section>
      )}
      <h2 className="mt-6 font-semibold">{t("track.yourQuestion")}</h2>
      <blockquote lang={question.locale} className="mt-1 whitespace-pre-line rounded bg-brand-50 px-4 py-3">
        {question.publicBody}
      </blockquote>
      {question.mergedInto && (
        <p className="mt-4">
          <a href={localePath(locale, `forum/${question.mergedInto.number}`)} className="underline">
            {t("track.mergedInto", { number: question.mergedInto.number })}
          </a>
        </p>
      )}
      {answer ? (
        <AnswerView answer={answer} locale={locale} />
      ) : (
        question.state !== "REJECTED" && <p className="mt-6">{t("track.noAnswer")}</p>
      )}
      {isPublic(question) && (
        <p className="mt-6">
          <a href={localePath(locale, `forum/${question.number}`)} className="underline">
            {t("track.publicLink")}
          </a>
        </p>
      )}
    </div>
  );
}
