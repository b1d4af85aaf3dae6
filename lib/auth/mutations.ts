import "server-only";
import { writeAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import type { AuthenticatedUser } from "./authenticate";
import { hashPassword, verifyPassword } from "./password";

/**
 * Changes a user's own password after checking the current one; bumps the session version
 * so every other session of theirs ends. Returns null when the current password is wrong.
 */
export async function changePassword(input: {
  userId: string;
  currentPassword: string;
  newPassword: string;
  ip: string | null;
}): Promise<AuthenticatedUser | null> {
  const user = await db.user.findUniqueOrThrow({ where: { id: input.userId } });
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) return null;
  const passwordHash = await hashPassword(input.newPassword);
  return db.$transaction(async (tx) => {
    const updated = await tx.user.update({
      where: { id: input.userId },
      data: { passwordHash, sessionVersion: { increment: 1 } },
      select: { id: true, email: true, name: true, role: true, communeId: true, sessionVersion: true },
    });
    await writeAudit(tx, {
      actorId: input.userId,
      action: "user.passwordChanged",
      entityType: "User",
      entityId: input.userId,
      ip: input.ip,
    });
    return updated;
  });
}
