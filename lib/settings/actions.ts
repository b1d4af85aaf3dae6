"use server";

import { invalidate } from "@/lib/cache/invalidate";
import { success, type FormState } from "@/lib/action-result";
import { runAction } from "@/lib/run-action";
import { saveSettings } from "./mutations";
import { SETTINGS_TAG, ZSiteSettings } from "./schema";

export async function saveSettingsAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runAction({
    formData,
    permission: "settings.manage",
    schema: ZSiteSettings,
    run: async (input, { viewer, ip }) => {
      if (await saveSettings(input, { actorId: viewer.id, ip })) await invalidate(SETTINGS_TAG);
      return success("admin:settings.saved");
    },
  });
}
