import { beforeEach, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { AppError } from "@/lib/errors";
import { listUsers } from "@/lib/users/queries";
import { createUser, resetPassword, setUserActive, updateUser } from "@/lib/users/mutations";
import { DEMO_USERS } from "@/prisma/seed/users";
import { communeBySlug, db, resetDatabase, seedBase, userByEmail } from "./helpers";

async function expectAppError(promise: Promise<unknown>, userMessage: string, field?: string) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect(error).toMatchObject({ userMessage, ...(field ? { field } : {}) });
}

describe("user management", () => {
  let admin: Awaited<ReturnType<typeof userByEmail>>;
  let adminId: string;
  beforeEach(async () => {
    await resetDatabase();
    await seedBase();
    admin = await userByEmail("admin@demo.local");
    adminId = admin.id;
  });

  it("creates a cadre attached to a commune, with an argon2id hash", async () => {
    const commune = await communeBySlug("thuong-lam");
    const user = await createUser(
      { email: "cadre.thuonglam@demo.local", name: "Cán bộ", role: "COMMUNE_CADRE", communeId: commune.id, password: "Matkhau2026" },
      { actor: admin, ip: null },
    );
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(user.passwordHash, "Matkhau2026")).toBe(true);
    expect(user.communeId).toBe(commune.id);
  });

  it("refuses an e-mail already in use, on the email field", async () => {
    await expectAppError(
      createUser(
        { email: "official@demo.local", name: "X", role: "OFFICIAL", communeId: null, password: "Matkhau2026" },
        { actor: admin, ip: null },
      ),
      "email.taken",
      "email",
    );
  });

  it("refuses a commune that is not a commune", async () => {
    const village = await communeBySlug("minh-dan-thon-1");
    await expectAppError(
      createUser(
        { email: "x@demo.local", name: "X", role: "COMMUNE_CADRE", communeId: village.id, password: "Matkhau2026" },
        { actor: admin, ip: null },
      ),
      "commune.invalid",
      "communeId",
    );
  });

  it("deactivating ends the user's sessions; reactivating does not reopen old ones", async () => {
    const official = await userByEmail("official@demo.local");
    await setUserActive({ id: official.id, active: false }, { actor: admin, ip: null });
    const after = await userByEmail("official@demo.local");
    expect(after.active).toBe(false);
    expect(after.sessionVersion).toBe(official.sessionVersion + 1);
    await setUserActive({ id: official.id, active: true }, { actor: admin, ip: null });
    expect((await userByEmail("official@demo.local")).sessionVersion).toBe(official.sessionVersion + 1);
    expect(await db.auditLog.count({ where: { entityId: official.id, action: { in: ["user.deactivated", "user.reactivated"] } } })).toBe(2);
  });

  it("resetting a password ends sessions and logs no secret", async () => {
    const cadre = await userByEmail("cadre.minhdan@demo.local");
    await resetPassword({ id: cadre.id, password: "Moi2026abc" }, { actor: admin, ip: null });
    const after = await userByEmail("cadre.minhdan@demo.local");
    expect(await verifyPassword(after.passwordHash, "Moi2026abc")).toBe(true);
    expect(after.sessionVersion).toBe(cadre.sessionVersion + 1);
    const row = await db.auditLog.findFirstOrThrow({ where: { action: "user.passwordReset", entityId: cadre.id } });
    expect(row.before).toBeNull();
    expect(row.after).toBeNull();
  });

  it("keeps at least one active administrator and stops self-lockout", async () => {
    await expectAppError(
      updateUser({ id: adminId, email: "admin@demo.local", name: "A", role: "OFFICIAL", communeId: null }, { actor: admin, ip: null }),
      "user.selfDemote",
    );
    await expectAppError(setUserActive({ id: adminId, active: false }, { actor: admin, ip: null }), "user.selfDeactivate");
    const official = await userByEmail("official@demo.local");
    await expectAppError(setUserActive({ id: adminId, active: false }, { actor: official, ip: null }), "user.lastAdmin");
    await updateUser(
      { id: official.id, email: official.email, name: official.name, role: "ADMIN", communeId: null },
      { actor: admin, ip: null },
    );
    await setUserActive({ id: adminId, active: false }, { actor: official, ip: null });
    expect((await userByEmail("admin@demo.local")).active).toBe(false);
  });

  it("lists accounts with filters, for administrators only", async () => {
    const admin = await userByEmail("admin@demo.local");
    const all = await listUsers({ viewer: admin, filters: { page: 1 } });
    expect(all.total).toBe(DEMO_USERS.length);
    const cadres = await listUsers({ viewer: admin, filters: { page: 1, role: "COMMUNE_CADRE" } });
    expect(cadres.users.map((u) => u.email).sort()).toEqual(
      DEMO_USERS.filter((u) => u.role === "COMMUNE_CADRE")
        .map((u) => u.email)
        .sort(),
    );
    const search = await listUsers({ viewer: admin, filters: { page: 1, q: "OFFICIAL@" } });
    expect(search.users.map((u) => u.email)).toEqual(["official@demo.local"]);
    const official = await userByEmail("official@demo.local");
    await expect(listUsers({ viewer: official, filters: { page: 1 } })).rejects.toBeInstanceOf(AppError);
  });
});
