import { beforeAll, describe, expect, it } from "vitest";
import { seed } from "@/prisma/seed/index";
import { DEMO_PASSWORD, DEMO_USERS } from "@/prisma/seed/users";
import { verifyPassword } from "@/lib/auth/password";
import { db, resetDatabase } from "./helpers";

async function snapshot() {
  const [units, groups, translations, users] = await Promise.all([
    db.adminUnit.findMany({ orderBy: { code: "asc" } }),
    db.ethnicGroup.findMany({ orderBy: { name: "asc" } }),
    db.ethnicGroupTranslation.findMany({ orderBy: [{ groupId: "asc" }, { locale: "asc" }] }),
    db.user.findMany({ orderBy: { email: "asc" } }),
  ]);
  return { units, groups, translations, users };
}

describe("seed", () => {
  beforeAll(resetDatabase);

  it("creates the province, demo communes with villages, 54 groups and the demo accounts", async () => {
    expect(await seed()).toBe("seeded");
    const province = await db.adminUnit.findUniqueOrThrow({ where: { code: "08" } });
    expect(province).toMatchObject({ level: "PROVINCE", name: "Tuyên Quang", isDemo: false });
    const communes = await db.adminUnit.findMany({ where: { level: "COMMUNE" }, include: { children: true } });
    expect(communes.length).toBeGreaterThanOrEqual(3);
    for (const commune of communes) {
      expect(commune).toMatchObject({ isDemo: true, parentId: province.id });
      expect(commune.code).toMatch(/^DEMO-/);
      expect(commune.children.length).toBeGreaterThan(0);
    }
    expect(communes.map((c) => c.slug)).toContain("minh-dan");
  });

  it("seeds the 54 ethnic groups with the checked codes 01–20 only", async () => {
    const groups = await db.ethnicGroup.findMany({ include: { translations: true } });
    expect(groups).toHaveLength(54);
    const coded = groups
      .filter((g) => g.code !== null)
      .map((g) => [g.code, g.name])
      .sort();
    expect(coded).toHaveLength(20);
    expect(Object.fromEntries(coded)).toMatchObject({
      "01": "Kinh",
      "02": "Tày",
      "04": "Mường",
      "06": "Hoa",
      "08": "Mông",
      "09": "Dao",
      "13": "Sán Chay",
      "17": "Sán Dìu",
    });
    expect(groups.every((g) => g.translations.some((tr) => tr.locale === "en"))).toBe(true);
  });

  it("creates the documented demo accounts with the documented password", async () => {
    for (const demo of DEMO_USERS) {
      const user = await db.user.findUniqueOrThrow({ where: { email: demo.email }, include: { commune: true } });
      expect(user.role).toBe(demo.role);
      expect(user.commune?.slug ?? null).toBe(demo.commune);
      expect(await verifyPassword(user.passwordHash, DEMO_PASSWORD)).toBe(true);
    }
  });

  it("changes nothing when run again", async () => {
    const before = await snapshot();
    expect(await seed()).toBe("seeded");
    expect(await snapshot()).toEqual(before);
    expect(await seed({ ifEmpty: true })).toBe("skipped");
    expect(await snapshot()).toEqual(before);
  });

  it("keeps what an administrator changed", async () => {
    await db.ethnicGroup.update({ where: { name: "Xtiêng" }, data: { code: "21" } });
    await seed();
    expect((await db.ethnicGroup.findUniqueOrThrow({ where: { name: "Xtiêng" } })).code).toBe("21");
  });

  it("creates no demo accounts on a production deployment unless asked", async () => {
    await resetDatabase();
    const saved = { NODE_ENV: process.env.NODE_ENV, PORTAL_DEMO: process.env.PORTAL_DEMO, SEED_DEMO_USERS: process.env.SEED_DEMO_USERS };
    const env = process.env as Record<string, string | undefined>;
    try {
      env.NODE_ENV = "production";
      delete env.PORTAL_DEMO;
      delete env.SEED_DEMO_USERS;
      await seed();
      expect(await db.user.count()).toBe(0);
      expect(await db.ethnicGroup.count()).toBe(54);
      env.SEED_DEMO_USERS = "1";
      await seed();
      expect(await db.user.count()).toBe(DEMO_USERS.length);
    } finally {
      Object.assign(env, saved);
      for (const [key, value] of Object.entries(saved)) if (value === undefined) delete env[key];
    }
  });
});
