import { beforeEach, describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/authenticate";
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
    expect(await authenticate({ email, password: "wrong", ip: null })).toEqual({ ok: false, reason: "credentials" });
    expect(await authenticate({ email: "nobody@demo.local", password: "wrong", ip: null })).toEqual({ ok: false, reason: "credentials" });
  });

  it(`locks an account after ${LIMITS.account} failures, even for the right password`, async () => {
    for (let i = 1; i < LIMITS.account; i++) {
      expect((await authenticate({ email, password: `wrong-${i}`, ip: `10.0.0.${i}` })).ok).toBe(false);
    }
    const fifth = await authenticate({ email, password: "wrong-5", ip: "10.0.0.99" });
    expect(fifth).toMatchObject({ ok: false, reason: "locked" });
    const until = (fifth as { until: Date }).until.getTime();
    expect(until - Date.now()).toBeGreaterThan(14 * 60_000);
    expect(until - Date.now()).toBeLessThanOrEqual(15 * 60_000 + 5_000);
    expect(await authenticate({ email, password: DEMO_PASSWORD, ip: "10.9.9.9" })).toMatchObject({ ok: false, reason: "locked" });
    expect(await db.auditLog.count({ where: { action: "auth.locked" } })).toBe(1);
    // Other accounts are not affected.
    expect((await authenticate({ email: "admin@demo.local", password: DEMO_PASSWORD, ip: "10.9.9.9" })).ok).toBe(true);
  });

  it("opens again when the lock has expired", async () => {
    for (let i = 0; i < LIMITS.account; i++) await authenticate({ email, password: "wrong", ip: null });
    await db.loginThrottle.updateMany({ data: { lockedUntil: new Date(Date.now() - 1000), firstFailureAt: new Date(Date.now() - 16 * 60_000) } });
    expect((await authenticate({ email, password: DEMO_PASSWORD, ip: null })).ok).toBe(true);
    expect(await db.loginThrottle.count({ where: { key: `account:${email}` } })).toBe(0);
  });

  it("forgets failures older than the window", async () => {
    for (let i = 0; i < LIMITS.account - 1; i++) await authenticate({ email, password: "wrong", ip: null });
    await db.loginThrottle.updateMany({ data: { firstFailureAt: new Date(Date.now() - 16 * 60_000) } });
    expect(await authenticate({ email, password: "wrong", ip: null })).toEqual({ ok: false, reason: "credentials" });
    const row = await db.loginThrottle.findUniqueOrThrow({ where: { key: `account:${email}` } });
    expect(row.failures).toBe(1);
  });

  it(`locks an address after ${LIMITS.ip} failures across accounts`, async () => {
    for (let i = 0; i < LIMITS.ip - 1; i++) {
      await authenticate({ email: `guess${i}@demo.local`, password: "wrong", ip: "203.0.113.7" });
    }
    expect(await authenticate({ email: "guess-last@demo.local", password: "wrong", ip: "203.0.113.7" })).toMatchObject({ reason: "locked" });
    expect(await authenticate({ email: "admin@demo.local", password: DEMO_PASSWORD, ip: "203.0.113.7" })).toMatchObject({ reason: "locked" });
    expect((await authenticate({ email: "admin@demo.local", password: DEMO_PASSWORD, ip: "203.0.113.8" })).ok).toBe(true);
  });

  it("counts parallel failures without losing any", async () => {
    await Promise.all(Array.from({ length: 4 }, () => authenticate({ email, password: "wrong", ip: null })));
    const row = await db.loginThrottle.findUniqueOrThrow({ where: { key: `account:${email}` } });
    expect(row.failures).toBe(4);
  });

  it("tells a deactivated user so, only after the right password", async () => {
    await db.user.update({ where: { email }, data: { active: false } });
    expect(await authenticate({ email, password: "wrong", ip: null })).toEqual({ ok: false, reason: "credentials" });
    expect(await authenticate({ email, password: DEMO_PASSWORD, ip: null })).toEqual({ ok: false, reason: "inactive" });
  });
});
