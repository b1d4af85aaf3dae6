"use server";

import { success, type FormState } from "@/lib/action-result";
import { runAction } from "@/lib/run-action";
import { saveProgrammeTarget } from "./mutations";
import { ZSaveTarget } from "./schema";

export async function saveProgrammeTargetAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runAction({
    formData, permission: "programme.targets", schema: ZSaveTarget,
    run: async (input, { viewer, ip }) => {
      await saveProgrammeTarget(input, { actor: viewer, ip });
      return success("training:messages.targetSaved");
    },
  });
}
