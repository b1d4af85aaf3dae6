"use server";

import { headers } from "next/headers";
import { failure, invalid, success, type FormState } from "@/lib/action-result";
import { clientIp } from "@/lib/http/client-ip";
import { formFields } from "@/lib/http/form-fields";
import { defineAction } from "@/lib/run-action";
import { acknowledgeRelay, remindRelayPersons, sendArticleToRelays, stopRelayMessages } from "./mutations";
import { ZRelayStep, ZRemind, ZSendArticle } from "./schema";

/** The prestigious person's one-tap buttons on their personal page (no account). */
export async function relayStepAction(_state: FormState, formData: FormData): Promise<FormState> {
  const fields = formFields(formData);
  if (!fields.ok) return failure("invalid", "form.badRequest");
  const parsed = ZRelayStep.safeParse(fields.fields);
  if (!parsed.success) return invalid(parsed.error, {});
  const ctx = { ip: clientIp(await headers()) };
  if (parsed.data.step === "stop") {
    if (!(await stopRelayMessages(parsed.data.token, ctx))) return failure("invalid", "reach:relay.invalid");
    return success("reach:relay.stopped");
  }
  const relayed = parsed.data.step === "relayed";
  const done = await acknowledgeRelay(parsed.data.token, { relayed, households: relayed ? parsed.data.households : null }, ctx);
  if (!done) return failure("invalid", "reach:relay.invalid");
  return success("reach:relay.thanks");
}

/** Back office: a published article to the prestigious persons of a commune or the province. */
export const sendArticleToRelaysAction = defineAction({
  permission: "relays.manage",
  schema: ZSendArticle,
  resource: (input) => ({ communeId: input.communeId }),
  run: (input, ctx) => sendArticleToRelays(input, ctx),
  done: (count) => success("reach:relays.sent", { count }),
});

/** Back office: remind those who have not told the villagers yet (a cadre: their own commune). */
export const remindRelaysAction = defineAction({
  permission: "relays.manage",
  schema: ZRemind,
  resource: (input) => ({ communeId: input.communeId }),
  run: (input, ctx) => remindRelayPersons(input, ctx),
  done: (count) => success("reach:relays.reminded", { count }),
});
