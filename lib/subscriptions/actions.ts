"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { echoValues, failure, invalid, success, type FormState } from "@/lib/action-result";
import { db } from "@/lib/db";
import { formatTime } from "@/lib/format";
import { clientIp } from "@/lib/http/client-ip";
import { formFields } from "@/lib/http/form-fields";
import { isLocale, type Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/i18next";
import { localePath } from "@/lib/navigation";
import { isProductionDeployment } from "@/lib/env";
import { defineAction } from "@/lib/run-action";
import { LOOKUP_COOKIE, LOOKUP_PATH, LOOKUP_SECONDS, lookupCookieValue, recordSubscriberLookup } from "./lookup";
import {
  confirmByCode,
  confirmByLink,
  subscribe,
  withdrawForResident,
  withdrawSubscription,
  type NewSubscription,
  type SubscribeOutcome,
} from "./mutations";
import {
  HONEYPOT_FIELD,
  ZConfirmCode,
  ZLookupSubscribers,
  ZSubscribeDigest,
  ZSubscribeNotices,
  ZToken,
  ZWithdrawForResident,
} from "./schema";

function localeOf(value: unknown): Locale {
  return isLocale(value) ? value : "vi";
}

/** Refused by an abuse limit: said plainly, with when to try again; nothing was sent. */
function refused(outcome: Extract<SubscribeOutcome, { ok: false }>, values: Record<string, string>, locale: Locale): FormState {
  return failure("locked", `reach:subscribe.errors.${outcome.reason}`, values, { time: formatTime(outcome.until, locale) });
}

/** After subscribing: e-mail → "open the mail"; SMS, Zalo → the page where the code is typed. */
function afterSubscribe(outcome: Extract<SubscribeOutcome, { ok: true }>, locale: Locale): FormState {
  if (outcome.channel !== "EMAIL") redirect(localePath(locale, `subscribe/confirm/${outcome.codeToken}`));
  return success("reach:subscribe.sentEmail");
}

/** The public notices form (no account, works without JavaScript). */
export async function subscribeNoticesAction(_state: FormState, formData: FormData): Promise<FormState> {
  const values = echoValues(formData);
  const fields = formFields(formData);
  if (!fields.ok) return failure("invalid", "form.badRequest", values);
  const locale = localeOf(fields.fields.locale);
  if (String(fields.fields[HONEYPOT_FIELD] ?? "").trim()) return success("reach:subscribe.received");
  const parsed = ZSubscribeNotices.safeParse(fields.fields);
  if (!parsed.success) return invalid(parsed.error, values);
  const input = parsed.data;
  const commune = input.communeId
    ? await db.adminUnit.findFirst({ where: { id: input.communeId, level: "COMMUNE" }, select: { id: true, fullName: true } })
    : null;
  if (input.communeId && !commune)
    return { ...failure("invalid", "form.invalid", values), fieldErrors: { communeId: ["reach:subscribe.errors.commune"] } };
  const t = getT(locale, "reach");
  const severity = getT(locale, "notices")(`severity.${input.minSeverity}`);
  const channel = t(`channels.${input.channel}`);
  const purpose = commune
    ? t("subscribe.purpose.NOTICES", { severity, area: commune.fullName, channel })
    : t("subscribe.purpose.NOTICES_PROVINCE", { severity, channel });
  const subscription: NewSubscription = {
    kind: "NOTICES",
    channel: input.channel,
    address: input.address,
    locale: input.locale,
    consentPurpose: purpose,
    communeId: commune?.id ?? null,
    minSeverity: input.minSeverity,
  };
  const outcome = await subscribe(subscription, { ip: clientIp(await headers()) });
  return outcome.ok ? afterSubscribe(outcome, locale) : refused(outcome, values, locale);
}

/** The weekly digest form: topics are a checkbox group. */
export async function subscribeDigestAction(_state: FormState, formData: FormData): Promise<FormState> {
  const values = echoValues(formData);
  const fields = formFields(formData, ["topicIds"]);
  if (!fields.ok) return failure("invalid", "form.badRequest", values);
  const locale = localeOf(fields.fields.locale);
  if (String(fields.fields[HONEYPOT_FIELD] ?? "").trim()) return success("reach:subscribe.received");
  const parsed = ZSubscribeDigest.safeParse({ topicIds: "", ...fields.fields });
  if (!parsed.success) return invalid(parsed.error, values);
  const input = parsed.data;
  const topics = await db.articleTopic.findMany({ where: { id: { in: input.topicIds } }, select: { id: true, name: true, nameEn: true } });
  if (topics.length === 0)
    return { ...failure("invalid", "form.invalid", values), fieldErrors: { topicIds: ["reach:subscribe.errors.topics"] } };
  const t = getT(locale, "reach");
  const purpose = t("subscribe.purpose.DIGEST", {
    topics: topics.map((topic) => (locale === "en" && topic.nameEn) || topic.name).join(", "),
    channel: t(`channels.${input.channel}`),
  });
  const outcome = await subscribe(
    {
      kind: "DIGEST",
      channel: input.channel,
      address: input.address,
      locale: input.locale,
      consentPurpose: purpose,
      topicIds: topics.map((topic) => topic.id),
    },
    { ip: clientIp(await headers()) },
  );
  return outcome.ok ? afterSubscribe(outcome, locale) : refused(outcome, values, locale);
}

const CONFIRM_FAILURES = {
  invalid: "reach:subscribe.confirm.invalid",
  expired: "reach:subscribe.confirm.expired",
  wrongCode: "reach:subscribe.confirm.wrongCode",
  tooMany: "reach:subscribe.confirm.tooMany",
} as const;

/** The e-mail link's page: one button confirms (a mail scanner opening the link confirms nothing). */
export async function confirmLinkAction(_state: FormState, formData: FormData): Promise<FormState> {
  const fields = formFields(formData);
  const parsed = ZToken.safeParse(fields.ok ? fields.fields : {});
  if (!parsed.success) return failure("invalid", CONFIRM_FAILURES.invalid);
  const outcome = await confirmByLink(parsed.data.token, { ip: clientIp(await headers()) });
  if (!outcome.ok) return failure("conflict", CONFIRM_FAILURES[outcome.reason]);
  redirect(`${localePath(localeOf(outcome.locale), `subscribe/manage/${outcome.manageToken}`)}?confirmed=1`);
}

/** The SMS code typed on the page the resident came to after subscribing. */
export async function confirmCodeAction(_state: FormState, formData: FormData): Promise<FormState> {
  const values = echoValues(formData, ["code"]);
  const fields = formFields(formData);
  if (!fields.ok) return failure("invalid", "form.badRequest", values);
  const parsed = ZConfirmCode.safeParse(fields.fields);
  if (!parsed.success) return invalid(parsed.error, values);
  const outcome = await confirmByCode(parsed.data.token, parsed.data.code, { ip: clientIp(await headers()) });
  if (!outcome.ok) return failure(outcome.reason === "tooMany" ? "locked" : "invalid", CONFIRM_FAILURES[outcome.reason], values);
  redirect(`${localePath(localeOf(outcome.locale), `subscribe/manage/${outcome.manageToken}`)}?confirmed=1`);
}

/** One step: the button on the personal page withdraws the consent. */
export async function withdrawAction(_state: FormState, formData: FormData): Promise<FormState> {
  const fields = formFields(formData);
  const parsed = ZToken.safeParse(fields.ok ? fields.fields : {});
  if (!parsed.success || !(await withdrawSubscription(parsed.data.token, { ip: clientIp(await headers()) }))) {
    return failure("invalid", CONFIRM_FAILURES.invalid);
  }
  return success("reach:subscribe.manage.withdrawn");
}

/** Back office: withdraw a resident's subscription at their request, with the reason. */
export const withdrawForResidentAction = defineAction({
  permission: "subscribers.manage",
  schema: ZWithdrawForResident,
  run: (input, ctx) => withdrawForResident(input, ctx),
  done: "reach:subscribers.withdrawn",
});

/**
 * Back office: look up a resident's subscriptions by e-mail address or mobile number. Audited;
 * the address goes to the page in a signed cookie, never in its URL (lib/subscriptions/lookup.ts).
 */
export const lookupSubscribersAction = defineAction({
  permission: "subscribers.manage",
  schema: ZLookupSubscribers,
  run: async (input, ctx) => {
    await recordSubscriberLookup(input, ctx);
    (await cookies()).set(LOOKUP_COOKIE, lookupCookieValue(ctx.actor.id, input.q), {
      path: LOOKUP_PATH,
      maxAge: LOOKUP_SECONDS,
      sameSite: "strict",
      httpOnly: true,
      secure: isProductionDeployment(),
    });
  },
  done: "reach:subscribers.looked",
  redirect: () => LOOKUP_PATH,
});
