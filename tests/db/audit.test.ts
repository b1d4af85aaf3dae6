import { beforeEach, describe, expect, it } from "vitest";
import { writeAudit } from "@/lib/audit/record";
import { AppError } from "@/lib/errors";
import { createUser, setUserActive, updateUser } from "@/lib/users/mutations";
import { db, resetDatabase, seedBase, userByEmail } from "./helpers";

describe("audit trail", () => {
  beforeEach(async () => {
    await resetDatabase();
    await seedBase();
  });

  it("is written with the change, in the same transaction", async () => {
    const admin = await userByEmail("admin@demo.local");
    const user = await createUser(
      { email: "new@demo.local", name: "Người mới", role: "OFFICIAL", communeId: null, password: "Matkhau2026" },
      { actor: admin, ip: "10.0.0.1" },
    );
    const rows = await db.auditLog.findMany({ where: { entityId: user.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actorId: admin.id, action: "user.created", entityType: "User", ip: "10.0.0.1" });
    expect(rows[0]!.after).toEqual({ email: "new@demo.local", name: "Người mới", role: "OFFICIAL", communeId: null });
    expect(JSON.stringify(rows)).not.toContain("Matkhau2026");
  });

  it("records before and after of the fields that changed", async () => {
    const admin = await userByEmail("admin@demo.local");
    const official = await userByEmail("official@demo.local");
    await updateUser(
      { id: official.id, email: official.email, name: "Tên mới", role: "OFFICIAL", communeId: null },
      { actor: admin, ip: null },
    );
    const row = await db.auditLog.findFirstOrThrow({ where: { entityId: official.id, action: "user.updated" } });
    expect(row.before).toEqual({ name: official.name });
    expect(row.after).toEqual({ name: "Tên mới" });
  });

  it("is rolled back with a change that fails, and a change cannot commit without it", async () => {
    const admin = await userByEmail("admin@demo.local");
    const before = await db.auditLog.count();
    await expect(
      db.$transaction(async (tx) => {
        await tx.user.update({ where: { id: admin.id }, data: { name: "Không được lưu" } });
        await writeAudit(tx, { actorId: admin.id, action: "user.updated", entityType: "User", entityId: admin.id });
        throw new Error("failure after the audit row");
      }),
    ).rejects.toThrow("failure after the audit row");
    expect(await db.auditLog.count()).toBe(before);
    expect((await userByEmail("admin@demo.local")).name).not.toBe("Không được lưu");

    // A change refused by a rule (last administrator) leaves neither change nor audit row.
    await expect(
      setUserActive({ id: admin.id, active: false }, { actor: { id: "someone-else", role: "ADMIN", communeId: null }, ip: null }),
    ).rejects.toBeInstanceOf(AppError);
    expect(await db.auditLog.count()).toBe(before);
    expect((await userByEmail("admin@demo.local")).active).toBe(true);
  });
});
