"use server";

import { z } from "zod";
import { success } from "@/lib/action-result";
import { defineAction } from "@/lib/run-action";
import { cancelMessage, retryMessage, saveOutboxSettings } from "./mutations";
import { ZOutboxSettingsForm } from "./settings-form";

const ZMessageId = z.object({ id: z.string().trim().min(1).max(40) });

export const retryMessageAction = defineAction({
  permission: "outbox.manage",
  schema: ZMessageId,
  run: (input, ctx) => retryMessage(input.id, ctx),
  done: "reach:outbox.retried",
});

export const cancelMessageAction = defineAction({
  permission: "outbox.manage",
  schema: ZMessageId,
  run: (input, ctx) => cancelMessage(input.id, ctx),
  done: "reach:outbox.cancelled",
});

export const saveOutboxSettingsAction = defineAction({
  permission: "outbox.settings",
  schema: ZOutboxSettingsForm,
  run: (input, ctx) => saveOutboxSettings(input, ctx),
  done: (changed) => success(changed ? "reach:outbox.settings.saved" : "reach:outbox.settings.unchanged"),
});
