import type { PrismaClient } from "@/lib/generated/prisma/client";
import { hashPassword } from "@/lib/auth/password";

export const DEMO_PASSWORD = "Demo@2026";

export const DEMO_USERS = [
  { email: "admin@demo.local", name: "Quản trị viên (demo)", role: "ADMIN", commune: null },
  { email: "official@demo.local", name: "Cán bộ Ban Dân tộc (demo)", role: "OFFICIAL", commune: null },
  { email: "cadre.minhdan@demo.local", name: "Cán bộ xã Minh Dân (demo)", role: "COMMUNE_CADRE", commune: "minh-dan" },
  // Translation workbench (lib/translations): one translator per minority language, reviewer
  // in it too so a newcomer can try the whole flow; a second Tày reviewer, because nobody
  // approves their own suggestion. Commune cadres (the least reach); names in Vietnamese.
  {
    email: "translator.tay@demo.local",
    name: "Người dịch tiếng Tày (demo)",
    role: "COMMUNE_CADRE",
    commune: "minh-dan",
    languages: ["tyz"],
  },
  {
    email: "reviewer.tay@demo.local",
    name: "Người duyệt tiếng Tày (demo)",
    role: "COMMUNE_CADRE",
    commune: "minh-dan",
    languages: ["tyz"],
  },
  {
    email: "translator.dao@demo.local",
    name: "Người dịch tiếng Dao (demo)",
    role: "COMMUNE_CADRE",
    commune: "minh-dan",
    languages: ["ium"],
  },
  {
    email: "translator.hmong@demo.local",
    name: "Người dịch tiếng Hmông (demo)",
    role: "COMMUNE_CADRE",
    commune: "minh-dan",
    languages: ["hmn"],
  },
] as const;

/** The documented demo accounts; existing accounts are left as they are. */
export async function seedDemoUsers(db: PrismaClient): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const user of DEMO_USERS) {
    const commune = user.commune ? await db.adminUnit.findUniqueOrThrow({ where: { slug: user.commune }, select: { id: true } }) : null;
    await db.user.upsert({
      where: { email: user.email },
      update: {},
      create: {
        email: user.email,
        name: user.name,
        role: user.role,
        communeId: commune?.id ?? null,
        passwordHash,
        ...("languages" in user ? { translatesInto: [...user.languages], reviewsIn: [...user.languages] } : {}),
      },
    });
  }
}
