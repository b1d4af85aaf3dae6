"use client";

import { useTranslation } from "react-i18next";
import { ActionForm, HiddenField, SelectField, SubmitButton, TextAreaField, TextField } from "@/components/ui/action-form";
import { CheckboxField } from "@/components/ui/checkbox-field";
import type { FormState } from "@/lib/action-result";

export { CheckboxField };

type Option = { value: string; label: string };

/**
 * The question fields shared by the public form and the back office's "for a resident" form.
 */
export function QuestionFields({
  topics,
  communes,
  defaultCommune,
  showContact = true,
}: {
  topics: Option[];
  communes: Option[];
  defaultCommune?: string;
  showContact?: boolean;
}) {
  const { t } = useTranslation("forum");
  return (
    <>
      <TextAreaField name="body" label={t("ask.body")} hint={t("ask.bodyHint", { min: 15, max: "3.000" })} rows={7} required />
      <SelectField name="topic" label={t("ask.topic")} required options={[{ value: "", label: t("ask.chooseTopic") }, ...topics]} />
      <SelectField
        name="communeId"
        label={t("ask.commune")}
        required
        defaultValue={defaultCommune}
        options={[{ value: "", label: t("ask.chooseCommune") }, ...communes]}
      />
      {showContact && (
        <>
          <TextField name="name" label={t("ask.name")} autoComplete="name" />
          <CheckboxField name="showName" label={t("ask.showName")} />
          <TextField name="phone" type="tel" label={t("ask.phone")} hint={t("ask.phoneHint")} autoComplete="tel" />
        </>
      )}
    </>
  );
}

/**
 * /{locale}/forum/ask: works as a plain HTML form (public pages run no JavaScript). The
 * honeypot field is hidden from people (off-screen, out of the tab order, not announced);
 * bots that fill every field get the ordinary thank-you and nothing is stored.
 */
export function AskForm({
  action,
  locale,
  topics,
  communes,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  locale: string;
  topics: Option[];
  communes: Option[];
}) {
  const { t } = useTranslation("forum");
  const { t: tr } = useTranslation("reach");
  return (
    <ActionForm action={action} label={t("ask.title")} className="mt-6 space-y-5">
      <HiddenField name="locale" value={locale} />
      <QuestionFields topics={topics} communes={communes} />
      <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
        <label>
          {t("ask.honeypot")}
          <input type="text" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
        </label>
      </div>
      <div className="space-y-3 rounded border-2 border-gray-300 p-3">
        <CheckboxField name="notify" label={tr("subscribe.notify")} hint={tr("subscribe.notifyHint")} />
        <TextField name="notifyAddress" label={tr("subscribe.notifyAddress")} hint={tr("subscribe.addressHint")} autoComplete="email" />
      </div>
      <CheckboxField name="consent" label={t("ask.consent")} />
      <SubmitButton pendingLabel={t("ask.sending")}>{t("ask.submit")}</SubmitButton>
    </ActionForm>
  );
}
