"use server";

import { invalidate, invalidateSome } from "@/lib/cache/invalidate";
import { success, type FormState } from "@/lib/action-result";
import { runAction } from "@/lib/run-action";
import { communeOfUnit, unitPermission } from "./admin-queries";
import { createVillage, updateCommuneContact, updateUnit } from "./mutations";
import { ZCommuneContact, ZCreateVillage, ZUpdateUnit } from "./schema";
import { NOTICES_TAG } from "@/lib/notices/tags";
import { communeOfficePageKeys } from "./page-keys";
import { UNITS_TAG } from "./tags";

export async function createVillageAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runAction({
    formData,
    permission: "villages.manage",
    schema: ZCreateVillage,
    resource: (input) => ({ communeId: input.communeId }),
    run: async (input, { viewer, ip }) => {
      await createVillage(input, { actor: viewer, ip });
      await invalidate(UNITS_TAG);
      return success("admin:units.villageCreated");
    },
  });
}

/**
 * A commune (or the province) needs `units.manage`; a village `villages.manage` within its
 * commune. Both decided from the one parsed id, and again by the mutation on the row it loads.
 */
export async function updateUnitAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runAction({
    formData,
    permission: "villages.manage",
    schema: ZUpdateUnit,
    permissionFor: async (input) => unitPermission((await communeOfUnit(input.id))?.level ?? null),
    resource: async (input) => ({ communeId: (await communeOfUnit(input.id))?.communeId ?? null }),
    run: async (input, { viewer, ip }) => {
      await updateUnit(input, { actor: viewer, ip });
      await invalidate(UNITS_TAG);
      return success("admin:units.saved");
    },
  });
}

/** The commune office's contact: the commune's own cadre, officials and administrators. */
export async function updateCommuneContactAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runAction({
    formData,
    permission: "communeContact.edit",
    schema: ZCommuneContact,
    resource: (input) => ({ communeId: input.id }),
    run: async (input, { viewer, ip }) => {
      await updateCommuneContact(input, { actor: viewer, ip });
      // Only the pages giving this office's contact (lib/units/page-keys.ts).
      await invalidateSome([UNITS_TAG, NOTICES_TAG], communeOfficePageKeys(input.id));
      return success("everyday:contact.saved");
    },
  });
}
