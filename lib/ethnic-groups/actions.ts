"use server";

import { invalidate } from "@/lib/cache/invalidate";
import { success, type FormState } from "@/lib/action-result";
import { runAction } from "@/lib/run-action";
import { updateEthnicGroup } from "./mutations";
import { ZUpdateEthnicGroup } from "./schema";
import { ETHNIC_GROUPS_TAG } from "./tags";

export async function updateEthnicGroupAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runAction({
    formData,
    permission: "ethnicGroups.manage",
    schema: ZUpdateEthnicGroup,
    run: async (input, { viewer, ip }) => {
      await updateEthnicGroup(input, { actorId: viewer.id, ip });
      await invalidate(ETHNIC_GROUPS_TAG);
      return success("admin:ethnicGroups.saved");
    },
  });
}
