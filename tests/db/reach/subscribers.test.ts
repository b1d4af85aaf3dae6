/**
 * Back office: an official finds a resident's subscriptions by e-mail or phone, sees the
 * consents, and withdraws one on the resident's request — reason required, audited in the same
 * transaction, and nothing more is sent to it. (Who may: tests/db/authorization-reach.test.ts.)
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { FormState } from "@/lib/action-result";
import type { Viewer } from "@/lib/auth/session";
import { communeBySlug, db, resetDatabase, seedBase, userByEmail } from "../helpers";

vi.hoisted(() => {
  process.env.AUTH_SECRET ??= "reach-test-secret-reach-test-secret-0123456789";
});
const state = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/lib/auth/session", () => ({ getViewer: async () => state.viewer }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-forwarded-for": "198.51.100.5" }),
  cookies: async () => ({ get: () => undefined, set: () => {} }),
}));
vi.mock("next/cache", () => ({ refresh: () => {}, updateTag: () => {}, revalidateTag: () => {}, unstable_cache: <T>(fn: T) => fn }));

const { withdrawForResidentAction } = await import("@/lib/subscriptions/actions");
const { lookupSubscriptions } = await import("@/lib/subscriptions/queries");

async function withdraw(fields: Record<string, string>): Promise<FormState> {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  return withdrawForResidentAction({}, form);
}

beforeEach(async () => {
  await resetDatabase();
  await seedBase();
});

describe("reach: an official looks up and withdraws a resident's subscription", () => {
  it("finds by phone (SMS and Zalo, any spelling) or e-mail, masked; withdraws with the reason, audited; refuses without a reason or twice", async () => {
    const minhDan = (await communeBySlug("minh-dan")).id;
    const official = await userByEmail("official@demo.local");
    state.viewer = official;
    const sms = await db.subscription.create({
      data: {
        kind: "NOTICES",
        channel: "SMS",
        address: "0912345678",
        communeId: minhDan,
        state: "ACTIVE",
        consentPurpose: "Cảnh báo của xã Minh Dân",
        consentAt: new Date(),
      },
    });
    await db.subscription.create({
      data: { kind: "DIGEST", channel: "ZALO", address: "0912345678", state: "PENDING", consentPurpose: "Bản tin hằng tuần" },
    });
    await db.subscription.create({
      data: {
        kind: "NOTICES",
        channel: "EMAIL",
        address: "someone@example.org",
        state: "ACTIVE",
        consentPurpose: "x",
        consentAt: new Date(),
      },
    });

    const found = await lookupSubscriptions(official, "+84 912 345 678");
    expect(Array.isArray(found) && found.map((row) => [row.channel, row.maskedAddress, row.state, row.consentPurpose])).toEqual([
      ["ZALO", "0912…678", "PENDING", "Bản tin hằng tuần"],
      ["SMS", "0912…678", "ACTIVE", "Cảnh báo của xã Minh Dân"],
    ]);
    expect(found).not.toContainEqual(expect.objectContaining({ address: expect.anything() }));
    expect(await lookupSubscriptions(official, "not an address")).toBe("invalid");
    expect(await lookupSubscriptions(official, "nobody@example.org")).toEqual([]);

    const noReason = await withdraw({ subscriptionId: sms.id, reason: "  " });
    expect(noReason).toMatchObject({ ok: false, code: "invalid", fieldErrors: { reason: ["reach:subscribers.errors.reason"] } });
    expect((await db.subscription.findUniqueOrThrow({ where: { id: sms.id } })).state).toBe("ACTIVE");

    expect(await withdraw({ subscriptionId: sms.id, reason: "Người dân gọi điện đề nghị dừng nhận tin" })).toMatchObject({
      ok: true,
      message: "reach:subscribers.withdrawn",
    });
    expect(await db.subscription.findUniqueOrThrow({ where: { id: sms.id } })).toMatchObject({
      state: "WITHDRAWN",
      withdrawnAt: expect.any(Date),
    });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "subscription.withdrawnByStaff", entityId: sms.id } });
    expect(audit).toMatchObject({
      actorId: official.id,
      ip: "198.51.100.5",
      after: { reason: "Người dân gọi điện đề nghị dừng nhận tin", state: "WITHDRAWN" },
    });

    expect(await withdraw({ subscriptionId: sms.id, reason: "Gọi lần nữa" })).toMatchObject({
      ok: false,
      code: "conflict",
      formError: "reach:subscribers.errors.alreadyWithdrawn",
    });
    expect(await withdraw({ subscriptionId: "no-such-subscription", reason: "Gọi điện yêu cầu" })).toMatchObject({
      ok: false,
      code: "notFound",
    });
    expect(await db.auditLog.count({ where: { action: "subscription.withdrawnByStaff" } })).toBe(1);
  });
});
