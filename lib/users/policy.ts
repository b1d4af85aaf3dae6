import type { Role } from "@/lib/generated/prisma/enums";

type Target = { id: string; role: Role; active: boolean };

/**
 * Rules on top of `users.manage` that keep the portal administrable: nobody deactivates or
 * demotes themselves, and the last active administrator cannot be removed.
 * Returns the `errors` key of the broken rule, or null.
 */
export function userChangeProblem(input: {
  actorId: string;
  target: Target;
  next: { role: Role; active: boolean };
  otherActiveAdmins: number;
}): string | null {
  const { actorId, target, next, otherActiveAdmins } = input;
  if (target.id === actorId && !next.active) return "user.selfDeactivate";
  if (target.id === actorId && target.role === "ADMIN" && next.role !== "ADMIN") return "user.selfDemote";
  const removesAnAdmin = target.role === "ADMIN" && target.active && (next.role !== "ADMIN" || !next.active);
  if (removesAnAdmin && otherActiveAdmins === 0) return "user.lastAdmin";
  return null;
}
