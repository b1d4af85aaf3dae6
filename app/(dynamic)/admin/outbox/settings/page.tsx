import type { Metadata } from "next";
import { ActionForm, SelectField, SubmitButton, TextAreaField, TextField } from "@/components/ui/action-form";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { getRequestLocale, getT } from "@/lib/i18n/server";
import { saveOutboxSettingsAction } from "@/lib/outbox/actions";
import { CREDENTIAL_ENV, credential, loadOutboxSettings } from "@/lib/outbox/settings";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: getT(await getRequestLocale(), "reach")("outbox.settings.title") };
}

/**
 * /admin/outbox/settings (administrators): which provider carries each channel, how fast and how
 * many at once, and the retry policy. Credentials are not here: only whether each is set in the
 * environment (they are never stored in the database nor shown).
 */
export default async function OutboxSettingsPage() {
  await requirePermission("outbox.settings");
  const t = getT(await getRequestLocale(), "reach");
  const settings = await loadOutboxSettings(db);
  const box = "space-y-4 rounded border-2 border-brand-100 p-4";
  const isSet = (name: keyof typeof CREDENTIAL_ENV) =>
    t(credential(name) ? "outbox.settings.credentialSet" : "outbox.settings.credentialMissing", { name: CREDENTIAL_ENV[name] });
  const transports = (values: ("log" | "smtp" | "http")[]) =>
    values.map((value) => ({ value, label: t(`outbox.settings.transports.${value}`) }));
  const limits = (key: "email" | "sms" | "zalo") => (
    <>
      <TextField
        name={`${key}.ratePerSecond`}
        label={t("outbox.settings.ratePerSecond")}
        hint={t("outbox.settings.ratePerSecondHint")}
        defaultValue={String(settings[key].ratePerSecond)}
      />
      <TextField
        name={`${key}.concurrency`}
        label={t("outbox.settings.concurrency")}
        hint={t("outbox.settings.concurrencyHint")}
        defaultValue={String(settings[key].concurrency)}
      />
    </>
  );
  const gateway = (key: "sms" | "zalo") => {
    const http = settings[key].http;
    return (
      <>
        <TextField name={`${key}.http.url`} type="url" label={t("outbox.settings.url")} defaultValue={http.url ?? ""} />
        <SelectField
          name={`${key}.http.format`}
          label={t("outbox.settings.format")}
          defaultValue={http.format}
          options={[
            { value: "json", label: "JSON" },
            { value: "form", label: "application/x-www-form-urlencoded" },
          ]}
        />
        <TextAreaField
          name={`${key}.http.bodyTemplate`}
          label={t("outbox.settings.bodyTemplate")}
          hint={t("outbox.settings.bodyTemplateHint")}
          defaultValue={http.bodyTemplate}
          rows={4}
        />
        <TextField
          name={`${key}.http.authHeader`}
          label={t("outbox.settings.authHeader")}
          hint={isSet(key === "sms" ? "smsAuth" : "zaloAuth")}
          defaultValue={http.authHeader}
        />
        <TextField name={`${key}.http.providerIdField`} label={t("outbox.settings.providerIdField")} defaultValue={http.providerIdField} />
        <TextField
          name={`${key}.http.timeoutSeconds`}
          label={t("outbox.settings.timeoutSeconds")}
          defaultValue={String(http.timeoutSeconds)}
        />
      </>
    );
  };
  return (
    <>
      <PageHeading title={t("outbox.settings.title")} lead={t("outbox.settings.lead")} />
      <p className="mt-2 text-sm">
        {isSet("webhookSecret")} {t("outbox.settings.webhookHint")}
      </p>
      <ActionForm action={saveOutboxSettingsAction} className="mt-6 space-y-6">
        <fieldset className={box}>
          <legend className="px-1 text-lg font-bold">{t("channels.EMAIL")}</legend>
          <SelectField
            name="email.transport"
            label={t("outbox.settings.transport")}
            defaultValue={settings.email.transport}
            options={transports(["log", "smtp"])}
          />
          {limits("email")}
          <TextField name="email.smtp.host" label={t("outbox.settings.smtpHost")} defaultValue={settings.email.smtp.host ?? ""} />
          <TextField name="email.smtp.port" label={t("outbox.settings.smtpPort")} defaultValue={String(settings.email.smtp.port)} />
          <CheckboxField name="email.smtp.secure" label={t("outbox.settings.smtpSecure")} defaultChecked={settings.email.smtp.secure} />
          <TextField
            name="email.smtp.user"
            label={t("outbox.settings.smtpUser")}
            hint={isSet("smtpPassword")}
            defaultValue={settings.email.smtp.user ?? ""}
            autoComplete="off"
          />
          <TextField
            name="email.smtp.from"
            label={t("outbox.settings.smtpFrom")}
            hint={t("outbox.settings.smtpFromHint")}
            defaultValue={settings.email.smtp.from ?? ""}
          />
          <TextField
            name="email.smtp.timeoutSeconds"
            label={t("outbox.settings.timeoutSeconds")}
            defaultValue={String(settings.email.smtp.timeoutSeconds)}
          />
        </fieldset>
        <fieldset className={box}>
          <legend className="px-1 text-lg font-bold">{t("channels.SMS")}</legend>
          <SelectField
            name="sms.transport"
            label={t("outbox.settings.transport")}
            defaultValue={settings.sms.transport}
            options={transports(["log", "http"])}
          />
          {limits("sms")}
          <CheckboxField
            name="sms.stripDiacritics"
            label={t("outbox.settings.stripDiacritics")}
            hint={t("outbox.settings.stripDiacriticsHint")}
            defaultChecked={settings.sms.stripDiacritics}
          />
          {gateway("sms")}
        </fieldset>
        <fieldset className={box}>
          <legend className="px-1 text-lg font-bold">{t("channels.ZALO")}</legend>
          <SelectField
            name="zalo.transport"
            label={t("outbox.settings.transport")}
            defaultValue={settings.zalo.transport}
            options={transports(["log", "http"])}
          />
          {limits("zalo")}
          <TextField name="zalo.templateId" label={t("outbox.settings.templateId")} defaultValue={settings.zalo.templateId} />
          {gateway("zalo")}
        </fieldset>
        <fieldset className={box}>
          <legend className="px-1 text-lg font-bold">{t("outbox.settings.retry")}</legend>
          <TextField
            name="retry.baseSeconds"
            label={t("outbox.settings.baseSeconds")}
            hint={t("outbox.settings.baseSecondsHint")}
            defaultValue={String(settings.retry.baseSeconds)}
          />
          <TextField name="retry.maxSeconds" label={t("outbox.settings.maxSeconds")} defaultValue={String(settings.retry.maxSeconds)} />
          <TextField
            name="retry.leaseSeconds"
            label={t("outbox.settings.leaseSeconds")}
            hint={t("outbox.settings.leaseSecondsHint")}
            defaultValue={String(settings.retry.leaseSeconds)}
          />
        </fieldset>
        <fieldset className={box}>
          <legend className="px-1 text-lg font-bold">{t("outbox.settings.relayReminders")}</legend>
          <p className="text-sm">{t("outbox.settings.relayRemindersHint")}</p>
          <TextField
            name="relayReminders.noticeAfterMinutes"
            label={t("outbox.settings.noticeAfterMinutes")}
            defaultValue={String(settings.relayReminders.noticeAfterMinutes)}
          />
          <TextField
            name="relayReminders.articleAfterMinutes"
            label={t("outbox.settings.articleAfterMinutes")}
            defaultValue={String(settings.relayReminders.articleAfterMinutes)}
          />
          <TextField
            name="relayReminders.max"
            label={t("outbox.settings.maxReminders")}
            defaultValue={String(settings.relayReminders.max)}
          />
        </fieldset>
        <SubmitButton>{t("outbox.settings.save")}</SubmitButton>
      </ActionForm>
    </>
  );
}
