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
const state = vi.hoisted(() => ({ viewer: null as Viewer | null, cookies: new Map<string, { value: string; options: unknown }>() }));
vi.mock("@/lib/auth/session", () => ({ getViewer: async () => state.viewer }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-forwarded-for": "198.51.100.5" }),
  cookies: async () => ({
    get: (name: string) => state.cookies.get(name),
    set: (name: string, value: string, options: unknown) => state.cookies.set(name, { value, options }),
  }),
}));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw Object.assign(new Error(`redirect ${url}`), { redirectTo: url });
  },
}));
vi.mock("next/cache", () => ({ refresh: () => {}, updateTag: () => {}, revalidateTag: () => {}, unstable_cache: <T>(fn: T) => fn }));

const { lookupSubscribersAction, withdrawForResidentAction } = await import("@/lib/subscriptions/actions");
const { lookupSubscriptions } = await import("@/lib/subscriptions/queries");
const { LOOKUP_COOKIE, lookupCookieValue, readLookupCookie } = await import("@/lib/subscriptions/lookup");

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

  it("a lookup is a post, audited with what it showed; the address reaches the page only in a cookie signed for that official", async () => {
    const official = await userByEmail("official@demo.local");
    const admin = await userByEmail("admin@demo.local");
    state.viewer = official;
    state.cookies.clear();
    const sms = await db.subscription.create({
      data: { kind: "NOTICES", channel: "SMS", address: "0912345678", state: "ACTIVE", consentPurpose: "x", consentAt: new Date() },
    });
    const lookup = async (q: string) => {
      const form = new FormData();
      form.set("q", q);
      try {
        return await lookupSubscribersAction({}, form);
      } catch (error) {
        return { redirectTo: (error as { redirectTo?: string }).redirectTo };
      }
    };

    // Neither an e-mail address nor a mobile number: said next to the field, nothing recorded.
    expect(await lookup("not an address")).toMatchObject({
      ok: false,
      fieldErrors: { q: ["reach:subscribers.invalidQuery"] },
      values: { q: "not an address" },
    });
    expect(state.cookies.size).toBe(0);

    expect(await lookup("+84 912 345 678")).toEqual({ redirectTo: "/admin/subscribers" });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "subscription.lookedUp" } });
    expect(audit).toMatchObject({ actorId: official.id, ip: "198.51.100.5", after: { address: "0912…678", found: [sms.id] } });
    expect(JSON.stringify(audit)).not.toContain("0912345678");

    const cookie = state.cookies.get(LOOKUP_COOKIE)!;
    expect(cookie.options).toMatchObject({ path: "/admin/subscribers", httpOnly: true, sameSite: "strict", maxAge: 900 });
    expect(readLookupCookie(cookie.value, official.id)).toBe("+84 912 345 678");
    // Another official's browser, a forged or an expired cookie: no result without the audited lookup.
    expect(readLookupCookie(cookie.value, admin.id)).toBeNull();
    expect(
      readLookupCookie(
        cookie.value.replace(/.$/, (c) => (c === "A" ? "B" : "A")),
        official.id,
      ),
    ).toBeNull();
    expect(
      readLookupCookie(
        Buffer.from(JSON.stringify({ u: official.id, q: "0912345678", e: Date.now() + 1e6 })).toString("base64url"),
        official.id,
      ),
    ).toBeNull();
    expect(readLookupCookie(lookupCookieValue(official.id, "0912345678", Date.now() - 16 * 60_000), official.id)).toBeNull();

    // Without the permission: refused before anything is read or recorded.
    state.viewer = await userByEmail("cadre.minhdan@demo.local");
    expect(await lookup("0912345678")).toMatchObject({ ok: false, code: "forbidden" });
    expect(await db.auditLog.count({ where: { action: "subscription.lookedUp" } })).toBe(1);
  });
});
