"use server";

import { invalidate } from "@/lib/cache/invalidate";
import { success, type FormState } from "@/lib/action-result";
import { runAction } from "@/lib/run-action";
import { communeOfUnit } from "./admin-queries";
import { createVillage, updateUnit } from "./mutations";
import { ZCreateVillage, ZUpdateUnit } from "./schema";
import { UNITS_TAG } from "./tags";

export async function createVillageAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runAction({
    formData,
    permission: "villages.manage",
    schema: ZCreateVillage,
    resource: (input) => ({ communeId: input.communeId }),
    run: async (input, { viewer, ip }) => {
      await createVillage(input, { actorId: viewer.id, ip });
      await invalidate(UNITS_TAG);
      return success("admin:units.villageCreated");
    },
  });
}

/** A commune needs `units.manage`; a village `villages.manage` within its commune. */
export async function updateUnitAction(_state: FormState, formData: FormData): Promise<FormState> {
  const unit = await communeOfUnit(String(formData.get("id") ?? ""));
  return runAction({
    formData,
    permission: unit?.level === "VILLAGE" ? "villages.manage" : "units.manage",
    schema: ZUpdateUnit,
    resource: () => ({ communeId: unit?.communeId ?? null }),
    run: async (input, { viewer, ip }) => {
      await updateUnit(input, { actorId: viewer.id, ip });
      await invalidate(UNITS_TAG);
      return success("admin:units.saved");
    },
  });
}
