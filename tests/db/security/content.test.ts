import { beforeEach, describe, expect, it, vi } from "vitest";
import { validateCap } from "../../fixtures/cap";
import { communeBySlug, db, resetDatabase, seedBase, userByEmail } from "../helpers";
import { makeLibraryItem } from "../library/fixtures";
import { makeQuestion } from "../forum/fixtures";

// What the public side must not give away or break: a restricted recording's words, an asker's
// name, tracking codes by guessing, and XML feeds broken by a control character.
vi.mock("next/cache", () => ({ unstable_cache: <T>(fn: T) => fn, updateTag: () => {}, revalidateTag: () => {}, refresh: () => {} }));
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));
vi.stubEnv("PUBLIC_URL", "https://dantoc.example.gov.vn");

const { getPublicLibraryItemNow } = await import("@/lib/library/queries");
const { matchLibraryItems } = await import("@/lib/library/search");
const { answerQuestion, editAnswer } = await import("@/lib/forum/mutations");
const { countTrackingLookup } = await import("@/lib/forum/queries");
const { LIMITS } = await import("@/lib/auth/throttle");
const { ZCreateNotice, ZCancelNotice } = await import("@/lib/notices/schema");
const { createNotice, issueNotice, cancelNotice } = await import("@/lib/notices/mutations");
const { capDocument, capAlertsFeed, noticesRssFeed } = await import("@/lib/notices/feed");

describe("content the public side must not give away or break", () => {
  beforeEach(async () => {
    await resetDatabase();
    await seedBase();
  });

  it("a COMMUNITY item's transcript is neither shown nor searchable; a PUBLIC one's is both", async () => {
    const official = await userByEmail("official@demo.local");
    const restricted = await makeLibraryItem({ authorId: official.id, state: "PUBLISHED", access: "COMMUNITY" });
    const open = await makeLibraryItem({ authorId: official.id, state: "PUBLISHED", access: "PUBLIC" });
    await db.libraryItemTranslation.updateMany({ where: { itemId: restricted.id }, data: { transcript: "lời kể thiêng kínhbiệt" } });
    await db.libraryItemTranslation.updateMany({ where: { itemId: open.id }, data: { transcript: "bài hát ru congkhaiz" } });
    expect((await getPublicLibraryItemNow(restricted.id))!.translations.every((t) => t.transcript === null)).toBe(true);
    expect(await matchLibraryItems("kinhbiet", "vi", 10)).toEqual([]);
    expect((await getPublicLibraryItemNow(open.id))!.translations[0]!.transcript).toBe("bài hát ru congkhaiz");
    expect((await matchLibraryItems("congkhaiz", "vi", 10)).map((row) => row.itemId)).toEqual([open.id]);
  });

  it("an answer that greets an asker who hid their name, or gives their phone, waits for the answerer's confirmation", async () => {
    const commune = await communeBySlug("minh-dan");
    const cadre = { actor: await userByEmail("cadre.minhdan@demo.local"), ip: null };
    const question = await makeQuestion({ communeId: commune.id, state: "PUBLISHED" });
    await db.forumQuestion.update({
      where: { id: question.id },
      data: { askerName: "Nguyễn Văn Tư", showName: false, askerPhone: "0912345671" },
    });
    const signatures = ["UBND xã Minh Dân"];
    const answer = (body: string, confirmPrivacy = false) =>
      answerQuestion({ id: question.id, body, unitName: signatures[0]!, confirmPrivacy }, signatures, cadre);
    await expect(answer("Chào ông Tư, xã đã nhận được câu hỏi.")).rejects.toMatchObject({
      userMessage: "forum:errors.answerNamesAsker",
      field: "confirmPrivacy",
    });
    await expect(answer("Xã sẽ gọi lại số 0912 345 671.")).rejects.toMatchObject({ userMessage: "forum:errors.answerHasNumber" });
    expect(await db.forumAnswer.count()).toBe(0);
    await answer("Chào ông Tư, xã đã nhận được câu hỏi.", true);
    expect(await db.forumAnswer.count()).toBe(1);
    // Editing into a name needs the confirmation again; an answer that names nobody needs none.
    await expect(
      editAnswer({ id: question.id, body: "Kính gửi ông Tư: đã giải quyết.", unitName: signatures[0]! }, signatures, cadre),
    ).rejects.toMatchObject({ field: "confirmPrivacy" });
    await editAnswer({ id: question.id, body: "Kính gửi bà con: đã giải quyết.", unitName: signatures[0]! }, signatures, cadre);
    // The asker who shows their name may be greeted.
    const shown = await makeQuestion({ communeId: commune.id, state: "PUBLISHED" });
    await db.forumQuestion.update({ where: { id: shown.id }, data: { askerName: "Lò Thị Mai", showName: true } });
    await answerQuestion({ id: shown.id, body: "Chào chị Mai, xã xin trả lời.", unitName: signatures[0]! }, signatures, cadre);
  });

  it(`counts tracking-code lookups per address and refuses the ${LIMITS.forumTrack + 1}th within the window`, async () => {
    for (let i = 0; i < LIMITS.forumTrack; i++) expect((await countTrackingLookup("203.0.113.50")).allowed).toBe(true);
    const refused = await countTrackingLookup("203.0.113.50");
    expect(refused.allowed).toBe(false);
    expect((refused as { until: Date }).until.getTime()).toBeGreaterThan(Date.now());
    expect((await countTrackingLookup("203.0.113.51")).allowed).toBe(true);
  });

  it("control characters in a notice are removed at the schema: the CAP alert, Atom and RSS stay valid XML", async () => {
    const official = { actor: await userByEmail("official@demo.local"), ip: null };
    const dirty = "Lũ quét\u0001\u0008 tại\u000B xã\u001F Minh Dân\u007F\u0085\uFFFF";
    const input = ZCreateNotice.parse({
      category: "DISASTER",
      hazard: "FLASH_FLOOD",
      severity: "SEVERE",
      urgency: "IMMEDIATE",
      certainty: "LIKELY",
      provinceWide: "on",
      expiresAt: "2099-01-01T00:00",
      headline: dirty,
      description: `Mô tả\u0002${dirty}`,
      instruction: `Hướng dẫn\u0003\u202E`,
    });
    expect(input.headline).toBe("Lũ quét tại xã Minh Dân");
    const notice = await createNotice(input, official);
    await issueNotice(notice.id, official);
    const cap = await (await capDocument(notice.id)).text();
    expect((await validateCap(cap)).valid).toBe(true);
    for (const xml of [cap, await (await capAlertsFeed()).text(), await (await noticesRssFeed("vi")).text()]) {
      expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
    }
    const cancel = ZCancelNotice.parse({ id: notice.id, reason: "Hết\u0007 nguy hiểm" });
    await cancelNotice(cancel, official);
    expect((await db.notice.findFirstOrThrow({ where: { seriesId: notice.seriesId, msgType: "CANCEL" } })).reason).toBe("Hết nguy hiểm");
  });
});
