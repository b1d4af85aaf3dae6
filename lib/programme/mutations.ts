import "server-only";
import { writeAudit, type MutationContext } from "@/lib/audit/record";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { indicatorOf } from "./indicators";
import type { TSaveTarget } from "./schema";

/** Sets a target (empty: back to the plan's default), with its audit row. */
export async function saveProgrammeTarget(input: TSaveTarget, ctx: MutationContext) {
  if (!can(ctx.actor, "programme.targets")) throw new AppError("forbidden", "form.forbidden");
  const indicator = indicatorOf(input.key);
  if (!indicator) throw new AppError("invalid", "training:errors.targetUnknown");
  return db.$transaction(async (tx) => {
    const before = await tx.programmeTarget.findUnique({ where: { key: input.key } });
    const from = before?.value ?? indicator.defaultTarget;
    if (input.value === null) {
      if (!before) return;
      await tx.programmeTarget.delete({ where: { key: input.key } });
    } else {
      if (before?.value === input.value) return;
      await tx.programmeTarget.upsert({
        where: { key: input.key },
        create: { key: input.key, value: input.value, updatedById: ctx.actor.id },
        update: { value: input.value, updatedById: ctx.actor.id },
      });
    }
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: "programmeTarget.saved",
      entityType: "ProgrammeTarget",
      entityId: input.key,
      before: { value: from },
      after: { value: input.value ?? indicator.defaultTarget },
      ip: ctx.ip,
    });
  });
}
