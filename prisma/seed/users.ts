import type { PrismaClient } from "@/lib/generated/prisma/client";
import { hashPassword } from "@/lib/auth/password";

export const DEMO_PASSWORD = "Demo@2026";

export const DEMO_USERS = [
  { email: "admin@demo.local", name: "Quản trị viên (demo)", role: "ADMIN", commune: null },
  { email: "official@demo.local", name: "Cán bộ Ban Dân tộc (demo)", role: "OFFICIAL", commune: null },
  { email: "cadre.minhdan@demo.local", name: "Cán bộ xã Minh Dân (demo)", role: "COMMUNE_CADRE", commune: "minh-dan" },
] as const;

/** The three documented demo accounts; existing accounts are left as they are. */
export async function seedDemoUsers(db: PrismaClient): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const user of DEMO_USERS) {
    const commune = user.commune
      ? await db.adminUnit.findUniqueOrThrow({ where: { slug: user.commune }, select: { id: true } })
      : null;
    await db.user.upsert({
      where: { email: user.email },
      update: {},
      create: { email: user.email, name: user.name, role: user.role, communeId: commune?.id ?? null, passwordHash },
    });
  }
}
