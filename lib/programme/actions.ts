"use server";

import { defineAction } from "@/lib/run-action";
import { saveProgrammeTarget } from "./mutations";
import { ZSaveTarget } from "./schema";

export const saveProgrammeTargetAction = defineAction({
  permission: "programme.targets",
  schema: ZSaveTarget,
  run: (input, ctx) => saveProgrammeTarget(input, ctx),
  done: "training:messages.targetSaved",
});
