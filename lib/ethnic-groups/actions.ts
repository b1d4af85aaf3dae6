"use server";

import { defineAction } from "@/lib/run-action";
import { updateEthnicGroup } from "./mutations";
import { ZUpdateEthnicGroup } from "./schema";
import { ETHNIC_GROUPS_TAG } from "./tags";

export const updateEthnicGroupAction = defineAction({
  permission: "ethnicGroups.manage",
  schema: ZUpdateEthnicGroup,
  run: (input, ctx) => updateEthnicGroup(input, ctx),
  invalidate: { tags: [ETHNIC_GROUPS_TAG] },
  done: "admin:ethnicGroups.saved",
});
