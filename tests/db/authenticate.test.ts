import { beforeEach, describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/authenticate";
import { liftSignInLock, listSignInLocks } from "@/lib/auth/locks";
import { LIMITS } from "@/lib/auth/throttle";
import { DEMO_PASSWORD } from "@/prisma/seed/users";
import { db, resetDatabase, seedBase, userByEmail } from "./helpers";

const email = "official@demo.local";

describe("authenticate", () => {
  beforeEach(async () => {
    await resetDatabase();
    await seedBase();
  });

  it("accepts the right password, records the sign-in and the time", async () => {
    const result = await authenticate({ email: " Official@Demo.local ", password: DEMO_PASSWORD, ip: "10.1.1.1" });
    expect(result).toMatchObject({ ok: true, user: { email, role: "OFFICIAL" } });
    const user = await userByEmail(email);
    expect(user.lastLoginAt).not.toBeNull();
    expect(await db.auditLog.count({ where: { action: "auth.signedIn", entityId: user.id, ip: "10.1.1.1" } })).toBe(1);
  });

  it("refuses a wrong password and an unknown e-mail the same way", async () => {
    expect(await authenticate({ email, password: "wrong", ip: "198.51.100.1" })).toEqual({ ok: false, reason: "credentials" });
    expect(await authenticate({ email: "nobody@demo.local", password: "wrong", ip: "198.51.100.1" })).toEqual({
      ok: false,
      reason: "credentials",
    });
  });

  it(`slows down an account from one address after ${LIMITS.accountAddress} failures, with growing delays`, async () => {
    for (let i = 1; i < LIMITS.accountAddress; i++) {
      expect(await authenticate({ email, password: `wrong-${i}`, ip: "198.51.100.7" })).toEqual({ ok: false, reason: "credentials" });
    }
    const last = await authenticate({ email, password: "wrong-5", ip: "198.51.100.7" });
    expect(last).toMatchObject({ ok: false, reason: "locked" });
    const first = (last as { until: Date }).until.getTime() - Date.now();
    expect(first).toBeGreaterThan(50_000);
    expect(first).toBeLessThanOrEqual(61_000);
    // Even the right password waits, from that address.
    expect(await authenticate({ email, password: DEMO_PASSWORD, ip: "198.51.100.7" })).toMatchObject({ ok: false, reason: "locked" });
    // Each further failure after the wait doubles it: 2, 4, 8 … minutes, at most an hour.
    const waits: number[] = [];
    for (let i = 0; i < 8; i++) {
      await db.loginThrottle.updateMany({
        where: { key: { startsWith: "accountAddress:" } },
        data: { lockedUntil: new Date(Date.now() - 1000) },
      });
      const next = await authenticate({ email, password: "wrong", ip: "198.51.100.7" });
      waits.push(Math.round(((next as { until: Date }).until.getTime() - Date.now()) / 60_000));
    }
    expect(waits).toEqual([2, 4, 8, 16, 32, 60, 60, 60]);
    expect(await db.auditLog.count({ where: { action: "auth.locked", entityId: (await userByEmail(email)).id } })).toBe(9);
  });

  it("someone else's failures never lock the official out from another address", async () => {
    // An attacker types wrong passwords for the official from many addresses…
    for (let a = 1; a <= 6; a++) {
      for (let i = 0; i < LIMITS.accountAddress + 2; i++) await authenticate({ email, password: "wrong", ip: `203.0.113.${a}` });
    }
    expect(await authenticate({ email, password: "wrong", ip: "203.0.113.1" })).toMatchObject({ reason: "locked" });
    // …and the official signs in from the commune office at once.
    expect(await authenticate({ email, password: DEMO_PASSWORD, ip: "10.20.30.40" })).toMatchObject({ ok: true });
  });

  it("a success forgets that account's failures from that address only", async () => {
    for (let i = 0; i < LIMITS.accountAddress - 1; i++) await authenticate({ email, password: "wrong", ip: "198.51.100.9" });
    expect((await authenticate({ email, password: DEMO_PASSWORD, ip: "198.51.100.9" })).ok).toBe(true);
    expect(await db.loginThrottle.count({ where: { key: `accountAddress:${email} 198.51.100.9` } })).toBe(0);
    expect((await db.loginThrottle.findUniqueOrThrow({ where: { key: "ip:198.51.100.9" } })).failures).toBe(LIMITS.accountAddress - 1);
  });

  it("forgets failures older than the window", async () => {
    for (let i = 0; i < LIMITS.accountAddress - 1; i++) await authenticate({ email, password: "wrong", ip: "198.51.100.5" });
    await db.loginThrottle.updateMany({ data: { firstFailureAt: new Date(Date.now() - 25 * 3_600_000) } });
    expect(await authenticate({ email, password: "wrong", ip: "198.51.100.5" })).toEqual({ ok: false, reason: "credentials" });
    const row = await db.loginThrottle.findUniqueOrThrow({ where: { key: `accountAddress:${email} 198.51.100.5` } });
    expect(row.failures).toBe(1);
  });

  it(`slows down an address after ${LIMITS.ip} failures across accounts`, async () => {
    for (let i = 0; i < LIMITS.ip - 1; i++) {
      await authenticate({ email: `guess${i}@demo.local`, password: "wrong", ip: "203.0.113.77" });
    }
    expect(await authenticate({ email: "guess-last@demo.local", password: "wrong", ip: "203.0.113.77" })).toMatchObject({
      reason: "locked",
    });
    expect(await authenticate({ email: "admin@demo.local", password: DEMO_PASSWORD, ip: "203.0.113.77" })).toMatchObject({
      reason: "locked",
    });
    expect((await authenticate({ email: "admin@demo.local", password: DEMO_PASSWORD, ip: "203.0.113.78" })).ok).toBe(true);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "auth.locked", entityType: "SignInAddress" } });
    expect(audit.entityId).toBe("203.0.113.77");
  });

  it("counts parallel failures without losing any", async () => {
    await Promise.all(Array.from({ length: 4 }, () => authenticate({ email, password: "wrong", ip: "198.51.100.3" })));
    const row = await db.loginThrottle.findUniqueOrThrow({ where: { key: `accountAddress:${email} 198.51.100.3` } });
    expect(row.failures).toBe(4);
  });

  it("an administrator sees the locks and lifts one, in the audit log; nobody else may", async () => {
    for (let i = 0; i < LIMITS.accountAddress; i++) await authenticate({ email, password: "wrong", ip: "198.51.100.8" });
    const admin = await userByEmail("admin@demo.local");
    const locks = await listSignInLocks(admin);
    const lock = locks.find((l) => l.kind === "accountAddress")!;
    expect(lock).toMatchObject({ email, address: "198.51.100.8", failures: LIMITS.accountAddress });
    expect(lock.lockedUntil!.getTime()).toBeGreaterThan(Date.now());
    const official = await userByEmail(email);
    await expect(listSignInLocks(official)).rejects.toThrow();
    await expect(liftSignInLock(lock.key, { actor: official, ip: null })).rejects.toMatchObject({ code: "forbidden" });
    await liftSignInLock(lock.key, { actor: admin, ip: "10.0.0.1" });
    expect(await authenticate({ email, password: DEMO_PASSWORD, ip: "198.51.100.8" })).toMatchObject({ ok: true });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "auth.lockLifted" } });
    expect(audit).toMatchObject({ actorId: admin.id, entityType: "User", entityId: official.id, ip: "10.0.0.1" });
  });

  it("tells a deactivated user so, only after the right password", async () => {
    await db.user.update({ where: { email }, data: { active: false } });
    expect(await authenticate({ email, password: "wrong", ip: null })).toEqual({ ok: false, reason: "credentials" });
    expect(await authenticate({ email, password: DEMO_PASSWORD, ip: null })).toEqual({ ok: false, reason: "inactive" });
  });
});
