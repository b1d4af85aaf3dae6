/**
 * The SMS short unsubscribe link (issue 14): every subscription gets a random code from the
 * database; an SMS subscriber's notice reaches the gateway with `<PUBLIC_URL>/u/<code>` instead
 * of the long signed link, and costs exactly the segments the notice editor showed. (Following
 * the link in a browser: tests/e2e/reach.spec.ts.)
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { configureOutbox } from "@/tests/fixtures/outbox";
import { startGatewayStub } from "@/tests/fixtures/sms-gateway";
import { communeBySlug, db, resetDatabase, seedBase, userByEmail } from "../helpers";

vi.hoisted(() => {
  process.env.AUTH_SECRET ??= "reach-test-secret-reach-test-secret-0123456789";
  process.env.PUBLIC_URL = "https://dantoc.tuyenquang.example.vn";
});
const { subscribe, confirmByCode, withdrawSubscription } = await import("@/lib/subscriptions/mutations");
const { confirmationCode, signToken } = await import("@/lib/subscriptions/tokens");
const { noticeSmsSample } = await import("@/lib/subscriptions/templates");
const { SAMPLE_SHORT_CODE, isShortCode } = await import("@/lib/subscriptions/short-link");
const { issueNotice } = await import("@/lib/notices/mutations");
const { drainOutbox } = await import("@/lib/outbox/worker");
const { smsCost } = await import("@/lib/outbox/sms");

let gateway: Awaited<ReturnType<typeof startGatewayStub>>;
beforeAll(async () => {
  gateway = await startGatewayStub();
});
afterAll(async () => {
  await gateway.close();
});
beforeEach(async () => {
  await resetDatabase();
  await seedBase();
});

describe("reach: the SMS short unsubscribe link", () => {
  it("every subscription, however inserted, gets its own ten-character base62 code", async () => {
    await db.$executeRaw`
      INSERT INTO "Subscription" ("id", "kind", "channel", "address", "locale", "consentPurpose", "createdAt", "updatedAt")
      SELECT 'code' || n, 'NOTICES', 'SMS', '09' || lpad(n::text, 8, '0'), 'vi', 'test', now(), now()
      FROM generate_series(1, 3000) AS n`;
    const codes = (await db.subscription.findMany({ select: { shortCode: true } })).map((row) => row.shortCode);
    expect(codes).toHaveLength(3000);
    expect(codes.every((code) => isShortCode(code))).toBe(true);
    expect(new Set(codes).size).toBe(3000);
    // Drawn from the whole alphabet, roughly evenly (30,000 characters: ~484 each of 62).
    const counts = new Map<string, number>();
    for (const char of codes.join("")) counts.set(char, (counts.get(char) ?? 0) + 1);
    expect(counts.size).toBe(62);
    expect(Math.min(...counts.values())).toBeGreaterThan(300);
    expect(Math.max(...counts.values())).toBeLessThan(750);
  });

  it("an SMS subscriber's notice reaches the gateway with the short link on PUBLIC_URL, within the segments the editor showed; the link's subscription withdraws", async () => {
    await configureOutbox(db, { sms: { transport: "http", ratePerSecond: 100, http: { url: gateway.url } } });
    const minhDan = (await communeBySlug("minh-dan")).id;
    const outcome = await subscribe(
      {
        kind: "NOTICES",
        channel: "SMS",
        address: "0912 345 670",
        locale: "vi",
        consentPurpose: "Cảnh báo của xã Minh Dân",
        communeId: minhDan,
      },
      { ip: null },
    );
    if (!outcome.ok) throw new Error("refused");
    const pending = await db.subscription.findUniqueOrThrow({ where: { id: outcome.id } });
    expect(await confirmByCode(outcome.codeToken, confirmationCode(pending.id, pending.confirmNonce!), { ip: null })).toMatchObject({
      ok: true,
    });

    const official = await userByEmail("official@demo.local");
    await db.notice.create({
      data: {
        id: "short-1",
        seriesId: "short-1",
        category: "DISASTER",
        hazard: "FLASH_FLOOD",
        severity: "SEVERE",
        urgency: "IMMEDIATE",
        certainty: "LIKELY",
        communeId: minhDan,
        effectiveAt: new Date(),
        expiresAt: new Date(Date.now() + 6 * 3_600_000),
        authorId: official.id,
        areas: { create: [{ unitId: minhDan }] },
        translations: {
          create: {
            locale: "vi",
            headline: "Cảnh báo lũ quét",
            description: "Mưa lớn kéo dài.",
            instruction: "Không qua suối, lên chỗ cao ngay.",
          },
        },
      },
    });
    const preview = await noticeSmsSample(db, "short-1");
    expect(preview?.text).toContain(`https://dantoc.tuyenquang.example.vn/u/${SAMPLE_SHORT_CODE}`);
    await issueNotice("short-1", { actor: official, ip: null });
    await drainOutbox(db);

    const sent = gateway.requests.filter((request) => request.json?.to === "0912345670");
    expect(sent).toHaveLength(1); // the confirmation code was typed before it left: not sent
    const text = String(sent[0]!.json!.text);
    expect(text).toContain("len cho cao ngay."); // without diacritics (the SMS default)
    const link = `https://dantoc.tuyenquang.example.vn/u/${pending.shortCode}`;
    expect(text.endsWith(link)).toBe(true);
    expect(text).not.toContain("/subscribe/manage/");
    // Exactly the text the editor counted, with the real code in place of the stand-in.
    expect(text.replace(pending.shortCode, SAMPLE_SHORT_CODE)).toBe(preview!.text);
    expect(smsCost(text).segments).toBe(preview!.cost.segments);

    // The code leads to this subscription only; withdrawing it is recorded with the consent.
    const found = await db.subscription.findUniqueOrThrow({ where: { shortCode: pending.shortCode } });
    expect(found.id).toBe(pending.id);
    expect(await withdrawSubscription(signToken("manage", found.id), { ip: "198.51.100.9" })).toBe(true);
    expect(await db.subscription.findUniqueOrThrow({ where: { id: pending.id } })).toMatchObject({
      state: "WITHDRAWN",
      withdrawnAt: expect.any(Date),
    });
    expect(await db.auditLog.count({ where: { action: "subscription.withdrawn", entityId: pending.id } })).toBe(1);
  });
});
