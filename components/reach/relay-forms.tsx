"use client";

import { useTranslation } from "react-i18next";
import { ActionForm, HiddenField, SelectField, SubmitButton, TextField } from "@/components/ui/action-form";
import type { FormState } from "@/lib/action-result";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** "I received this": one tap. */
export function RelayReceivedForm({ action, token }: { action: Action; token: string }) {
  const { t } = useTranslation("reach");
  return (
    <ActionForm action={action} label={t("relay.received")} className="mt-4">
      <HiddenField name="token" value={token} />
      <HiddenField name="step" value="received" />
      <SubmitButton>{t("relay.received")}</SubmitButton>
    </ActionForm>
  );
}

/** "I told the villagers", with roughly how many households. */
export function RelayRelayedForm({ action, token }: { action: Action; token: string }) {
  const { t } = useTranslation("reach");
  return (
    <ActionForm action={action} label={t("relay.relayed")} className="mt-6 space-y-4">
      <HiddenField name="token" value={token} />
      <HiddenField name="step" value="relayed" />
      <TextField name="households" label={t("relay.households")} />
      <SubmitButton>{t("relay.relayed")}</SubmitButton>
    </ActionForm>
  );
}

/** "Send me no more messages": withdraws the person's consent to be a relay (one press). */
export function RelayStopForm({ action, token }: { action: Action; token: string }) {
  const { t } = useTranslation("reach");
  return (
    <ActionForm action={action} label={t("relay.stop")} className="mt-8 space-y-2 border-t-2 border-gray-300 pt-4">
      <p>{t("relay.stopLead")}</p>
      <HiddenField name="token" value={token} />
      <HiddenField name="step" value="stop" />
      <SubmitButton variant="secondary">{t("relay.stop")}</SubmitButton>
    </ActionForm>
  );
}

/** Back office: send an article to the prestigious persons of a commune (or the province). */
export function SendArticleForm({
  action,
  articleId,
  communes,
}: {
  action: Action;
  articleId: string;
  communes: { value: string; label: string }[];
}) {
  const { t } = useTranslation("reach");
  return (
    <ActionForm action={action} label={t("relays.sendArticle")} className="mt-2 space-y-3">
      <HiddenField name="articleId" value={articleId} />
      <SelectField name="communeId" label={t("subscribe.commune")} options={communes} />
      <SubmitButton variant="secondary">{t("relays.sendArticle")}</SubmitButton>
    </ActionForm>
  );
}

/** Back office: remind the persons who have not yet confirmed or relayed. */
export function RemindForm({
  action,
  subjectType,
  subjectId,
  communeId,
}: {
  action: Action;
  subjectType: string;
  subjectId: string;
  communeId: string | null;
}) {
  const { t } = useTranslation("reach");
  return (
    <ActionForm action={action} label={t("relays.remind")} className="space-y-1">
      <HiddenField name="subjectType" value={subjectType} />
      <HiddenField name="subjectId" value={subjectId} />
      {communeId && <HiddenField name="communeId" value={communeId} />}
      <SubmitButton variant="secondary">{t("relays.remind")}</SubmitButton>
    </ActionForm>
  );
}

/** Back office: withdraw a resident's subscription at their request; the reason is required. */
export function WithdrawForResidentForm({ action, subscriptionId }: { action: Action; subscriptionId: string }) {
  const { t } = useTranslation("reach");
  return (
    <ActionForm action={action} label={t("subscribers.withdraw")} className="mt-2 space-y-2">
      <HiddenField name="subscriptionId" value={subscriptionId} />
      <TextField name="reason" label={t("subscribers.reason")} hint={t("subscribers.reasonHint")} required />
      <SubmitButton variant="danger">{t("subscribers.withdraw")}</SubmitButton>
    </ActionForm>
  );
}

/** Back office: find a resident's subscriptions (a post, so the address never enters the page's URL). */
export function SubscriberLookupForm({ action, query }: { action: Action; query: string }) {
  const { t } = useTranslation("reach");
  return (
    <ActionForm action={action} label={t("subscribers.search")} className="mt-4 flex flex-wrap items-end gap-3">
      <TextField name="q" label={t("subscribers.query")} defaultValue={query} autoComplete="off" required />
      <SubmitButton>{t("subscribers.search")}</SubmitButton>
    </ActionForm>
  );
}
