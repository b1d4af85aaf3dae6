import "server-only";
import { changedFields, writeAudit, type MutationContext } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { SETTINGS_KEY, ZSiteSettings, type TSiteSettings } from "./schema";

/** Saves the portal settings; returns whether anything changed. */
export async function saveSettings(input: TSiteSettings, ctx: MutationContext): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const row = await tx.setting.findUnique({ where: { key: SETTINGS_KEY } });
    const before = ZSiteSettings.parse(row?.value ?? {});
    const diff = changedFields(before, input);
    if (!diff.changed) return false;
    await tx.setting.upsert({
      where: { key: SETTINGS_KEY },
      create: { key: SETTINGS_KEY, value: input },
      update: { value: input },
    });
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: "settings.updated",
      entityType: "Setting",
      entityId: SETTINGS_KEY,
      ...diff,
      ip: ctx.ip,
    });
    return true;
  });
}
