"use server";

import { defineAction } from "@/lib/run-action";
import { saveSettings } from "./mutations";
import { SETTINGS_TAG, ZSiteSettings } from "./schema";

export const saveSettingsAction = defineAction({
  permission: "settings.manage",
  schema: ZSiteSettings,
  run: (input, ctx) => saveSettings(input, ctx),
  // Nothing changed: nothing to purge.
  invalidate: { tags: [SETTINGS_TAG], when: (changed) => changed },
  done: "admin:settings.saved",
});
