"use server";

import { NOTICES_TAG } from "@/lib/notices/tags";
import { defineAction } from "@/lib/run-action";
import { communeOfUnit, unitPermission } from "./admin-queries";
import { createVillage, updateCommuneContact, updateUnit } from "./mutations";
import { communeOfficePageKeys } from "./page-keys";
import { ZCommuneContact, ZCreateVillage, ZUpdateUnit } from "./schema";
import { UNITS_TAG } from "./tags";

export const createVillageAction = defineAction({
  permission: "villages.manage",
  schema: ZCreateVillage,
  resource: (input) => ({ communeId: input.communeId }),
  run: (input, ctx) => createVillage(input, ctx),
  invalidate: { tags: [UNITS_TAG] },
  done: "admin:units.villageCreated",
});

/**
 * A commune (or the province) needs `units.manage`; a village `villages.manage` within its
 * commune. Both decided from the one parsed id, and again by the mutation on the row it loads.
 */
export const updateUnitAction = defineAction({
  permission: "villages.manage",
  schema: ZUpdateUnit,
  permissionFor: async (input) => unitPermission((await communeOfUnit(input.id))?.level ?? null),
  resource: async (input) => ({ communeId: (await communeOfUnit(input.id))?.communeId ?? null }),
  run: (input, ctx) => updateUnit(input, ctx),
  invalidate: { tags: [UNITS_TAG] },
  done: "admin:units.saved",
});

/** The commune office's contact: the commune's own cadre, officials and administrators. */
export const updateCommuneContactAction = defineAction({
  permission: "communeContact.edit",
  schema: ZCommuneContact,
  resource: (input) => ({ communeId: input.id }),
  run: (input, ctx) => updateCommuneContact(input, ctx),
  // Only the pages giving this office's contact (lib/units/page-keys.ts).
  invalidate: { tags: [UNITS_TAG, NOTICES_TAG], pages: (input) => communeOfficePageKeys(input.id) },
  done: "everyday:contact.saved",
});
