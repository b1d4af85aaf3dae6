import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActionForm, HiddenField, SubmitButton } from "@/components/ui/action-form";
import { PageHeading } from "@/components/ui/page-heading";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";
import { getRequestLocale, getT } from "@/lib/i18n/server";
import { cancelMessageAction, retryMessageAction } from "@/lib/outbox/actions";
import { getOutboxMessage } from "@/lib/outbox/admin-queries";
import { canCancel, canRetry } from "@/lib/outbox/states";

export async function generateMetadata(): Promise<Metadata> {
  return { title: getT(await getRequestLocale(), "reach")("outbox.message.title") };
}

/** /admin/outbox/{id}: one message, every attempt with the provider's answer; retry or cancel. */
export default async function OutboxMessagePage({ params }: PageProps<"/admin/outbox/[id]">) {
  const viewer = await requirePermission("outbox.view");
  const { id } = await params;
  const message = await getOutboxMessage(id);
  if (!message) notFound();
  const locale = await getRequestLocale();
  const t = getT(locale, "reach");
  const manage = can(viewer, "outbox.manage");
  const row = (label: string, value: React.ReactNode) => (
    <div className="grid grid-cols-[12rem_1fr] gap-2 border-b border-brand-100 py-1">
      <dt className="font-semibold">{label}</dt>
      <dd className="break-words">{value ?? "—"}</dd>
    </div>
  );
  return (
    <>
      <PageHeading title={t("outbox.message.title")}>
        <a href="/admin/outbox" className="inline-flex min-h-11 items-center underline">
          {t("outbox.back")}
        </a>
      </PageHeading>
      <dl className="mt-4">
        {row(t("outbox.columns.channel"), t(`channels.${message.channel}`))}
        {row(t("outbox.columns.recipient"), message.recipient)}
        {row(t("outbox.columns.state"), t(`outbox.states.${message.state}`))}
        {row(t("outbox.columns.template"), message.template)}
        {row(t("outbox.columns.language"), message.locale)}
        {row(t("outbox.columns.key"), <code className="text-sm">{message.idempotencyKey}</code>)}
        {row(t("outbox.columns.created"), formatDateTime(message.createdAt, locale))}
        {row(t("outbox.columns.sent"), message.sentAt && formatDateTime(message.sentAt, locale))}
        {row(t("outbox.columns.delivered"), message.deliveredAt && formatDateTime(message.deliveredAt, locale))}
        {row(
          t("outbox.columns.next"),
          message.state !== "SENDING" && message.nextAttemptAt && formatDateTime(message.nextAttemptAt, locale),
        )}
        {row(t("outbox.columns.transport"), message.transport)}
        {row(t("outbox.columns.error"), message.lastError)}
      </dl>
      {message.body && (
        <section aria-labelledby="text" className="mt-6">
          <h2 id="text" className="text-xl font-bold">
            {t("outbox.message.text")}
          </h2>
          {message.subject && message.channel === "EMAIL" && <p className="mt-2 font-semibold">{message.subject}</p>}
          <pre className="mt-2 whitespace-pre-wrap rounded bg-brand-50 p-3 font-sans">{message.body}</pre>
        </section>
      )}
      <section aria-labelledby="attempts" className="mt-6">
        <h2 id="attempts" className="text-xl font-bold">
          {t("outbox.message.attempts")}
        </h2>
        {message.attemptLog.length === 0 ? (
          <p className="mt-2">{t("outbox.message.noAttempts")}</p>
        ) : (
          <ol className="mt-2 space-y-1">
            {message.attemptLog.map((attempt) => (
              <li key={attempt.id}>
                {t("outbox.message.attempt", { n: attempt.attempt, time: formatDateTime(attempt.finishedAt, locale) })}:{" "}
                <strong>{attempt.ok ? t("outbox.message.ok") : t("outbox.message.failed")}</strong>
                {attempt.status !== null && <> ({attempt.status})</>}
                {attempt.error && <span className="block break-words text-sm text-accent-700">{attempt.error}</span>}
              </li>
            ))}
          </ol>
        )}
      </section>
      {manage && (canRetry(message.state) || canCancel(message.state)) && (
        <div className="mt-6 flex flex-wrap gap-4">
          {canRetry(message.state) && (
            <ActionForm action={retryMessageAction} label={t("outbox.retry")}>
              <HiddenField name="id" value={message.id} />
              <SubmitButton>{t("outbox.retry")}</SubmitButton>
            </ActionForm>
          )}
          {canCancel(message.state) && (
            <ActionForm action={cancelMessageAction} label={t("outbox.cancel")}>
              <HiddenField name="id" value={message.id} />
              <SubmitButton variant="danger">{t("outbox.cancel")}</SubmitButton>
            </ActionForm>
          )}
        </div>
      )}
    </>
  );
}
