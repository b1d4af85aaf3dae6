"use server";

import { z } from "zod";
import { success, type FormState } from "@/lib/action-result";
import { runAction } from "@/lib/run-action";
import { cancelMessage, retryMessage, saveOutboxSettings } from "./mutations";
import { ZOutboxSettingsForm } from "./settings-form";

const ZMessageId = z.object({ id: z.string().trim().min(1).max(40) });

export async function retryMessageAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runAction({
    formData,
    permission: "outbox.manage",
    schema: ZMessageId,
    run: async (input, { viewer, ip }) => {
      await retryMessage(input.id, { actorId: viewer.id, ip });
      return success("reach:outbox.retried");
    },
  });
}

export async function cancelMessageAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runAction({
    formData,
    permission: "outbox.manage",
    schema: ZMessageId,
    run: async (input, { viewer, ip }) => {
      await cancelMessage(input.id, { actorId: viewer.id, ip });
      return success("reach:outbox.cancelled");
    },
  });
}

export async function saveOutboxSettingsAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runAction({
    formData,
    permission: "outbox.settings",
    schema: ZOutboxSettingsForm,
    run: async (input, { viewer, ip }) => {
      const changed = await saveOutboxSettings(input, { actorId: viewer.id, ip });
      return success(changed ? "reach:outbox.settings.saved" : "reach:outbox.settings.unchanged");
    },
  });
}
