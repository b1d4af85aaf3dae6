"use client";

import { useTranslation } from "react-i18next";
import { ActionForm, HiddenField, SelectField, SubmitButton, TextField, useFormResult } from "@/components/ui/action-form";
import { CheckboxField } from "@/components/ui/checkbox-field";
import type { FormState } from "@/lib/action-result";
import { translateKey } from "@/lib/i18n/translate-key";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;
type Option = { value: string; label: string };

/** Hidden from people (off-screen, out of the tab order); bots that fill it get the ordinary answer. */
function Honeypot() {
  return (
    <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
      <label>
        website
        <input type="text" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
      </label>
    </div>
  );
}

function ChannelAndAddress({ channels }: { channels: Option[] }) {
  const { t } = useTranslation("reach");
  return (
    <>
      <SelectField name="channel" label={t("subscribe.channel")} required options={channels} />
      <TextField name="address" label={t("subscribe.address")} hint={t("subscribe.addressHint")} autoComplete="email" required />
    </>
  );
}

/** Notices of a commune (or province-wide only) from a severity, by e-mail, SMS or Zalo. */
export function NoticesSubscribeForm({
  action,
  locale,
  channels,
  communes,
  severities,
  defaultCommune,
}: {
  action: Action;
  locale: string;
  channels: Option[];
  communes: Option[];
  severities: Option[];
  defaultCommune?: string;
}) {
  const { t } = useTranslation("reach");
  return (
    <ActionForm action={action} label={t("subscribe.noticesTitle")} className="mt-4 space-y-5">
      <HiddenField name="locale" value={locale} />
      <SelectField
        name="communeId"
        label={t("subscribe.commune")}
        defaultValue={defaultCommune}
        options={[{ value: "", label: t("subscribe.provinceOnly") }, ...communes]}
      />
      <SelectField name="minSeverity" label={t("subscribe.minSeverity")} required defaultValue="SEVERE" options={severities} />
      <ChannelAndAddress channels={channels} />
      <Honeypot />
      <CheckboxField name="consent" label={t("subscribe.consent")} />
      <SubmitButton pendingLabel={t("subscribe.sending")}>{t("subscribe.submit")}</SubmitButton>
    </ActionForm>
  );
}

function TopicGroup({ topics }: { topics: Option[] }) {
  const { t } = useTranslation(["reach", "errors"]);
  const state = useFormResult();
  const errors = state.fieldErrors?.topicIds ?? [];
  return (
    <fieldset id="field-topicIds" className={errors.length ? "border-l-4 border-accent-600 pl-3" : undefined}>
      <legend className="font-semibold">{t("subscribe.topics")}</legend>
      {errors.length > 0 && <p className="font-semibold text-accent-700">{errors.map((key) => translateKey(t, key)).join(" ")}</p>}
      {topics.map((topic) => (
        <label key={topic.value} className="flex min-h-11 items-center gap-3">
          <input type="checkbox" name="topicIds" value={topic.value} className="size-5" />
          {topic.label}
        </label>
      ))}
    </fieldset>
  );
}

/** The weekly digest of new articles on chosen topics. */
export function DigestSubscribeForm({
  action,
  locale,
  channels,
  topics,
}: {
  action: Action;
  locale: string;
  channels: Option[];
  topics: Option[];
}) {
  const { t } = useTranslation("reach");
  return (
    <ActionForm action={action} label={t("subscribe.digestTitle")} className="mt-4 space-y-5">
      <HiddenField name="locale" value={locale} />
      <TopicGroup topics={topics} />
      <ChannelAndAddress channels={channels} />
      <Honeypot />
      <CheckboxField name="consent" label={t("subscribe.consent")} />
      <SubmitButton pendingLabel={t("subscribe.sending")}>{t("subscribe.submit")}</SubmitButton>
    </ActionForm>
  );
}

export function ConfirmCodeForm({ action, token }: { action: Action; token: string }) {
  const { t } = useTranslation("reach");
  return (
    <ActionForm action={action} label={t("subscribe.confirm.title")} className="mt-4 space-y-5">
      <HiddenField name="token" value={token} />
      <TextField name="code" label={t("subscribe.confirm.code")} autoComplete="one-time-code" required />
      <SubmitButton>{t("subscribe.confirm.codeSubmit")}</SubmitButton>
    </ActionForm>
  );
}

/** One button, for the confirmation link and the withdrawal: a form with only the token. */
export function TokenButtonForm({
  action,
  token,
  label,
  variant,
}: {
  action: Action;
  token: string;
  label: string;
  variant?: "primary" | "danger";
}) {
  return (
    <ActionForm action={action} label={label} className="mt-4 space-y-4">
      <HiddenField name="token" value={token} />
      <SubmitButton variant={variant}>{label}</SubmitButton>
    </ActionForm>
  );
}
