/* eslint-disable max-lines -- every forum step with its audit row and refusals, on one seeded database */
/**
 * The forum against the real database: asking (tracking code, masking, rate limit per address,
 * honeypot, duplicates), every staff step with its audit row and its refusals, what the public
 * and the tracking page see, search, and the dashboard's overdue counts.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { FormState } from "@/lib/action-result";
import type { Viewer } from "@/lib/auth/session";
import { LIMITS } from "@/lib/auth/throttle";
import { communeBySlug, db, resetDatabase, seedBase, userByEmail } from "../helpers";
import { makeQuestion } from "./fixtures";

const state = vi.hoisted(() => ({ viewer: null as Viewer | null, ip: "198.51.100.7" }));
vi.mock("@/lib/auth/session", () => ({ getViewer: async () => state.viewer }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": state.ip }) }));
vi.mock("next/cache", () => ({ refresh: () => {}, updateTag: () => {}, revalidateTag: () => {}, unstable_cache: <T>(fn: T) => fn }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw Object.assign(new Error(`redirect ${url}`), { redirectTo: url });
  },
}));

const actions = await import("@/lib/forum/actions");
const { askQuestion } = await import("@/lib/forum/ask");
const mutations = await import("@/lib/forum/mutations");
const { forumCounters, getPublicQuestion, getTrackedQuestion, listPublicQuestionsNow, listRecentAnswered } =
  await import("@/lib/forum/queries");
const { forumDashboardCounts, listQuestionsForViewer } = await import("@/lib/forum/admin-queries");
const { searchForum } = await import("@/lib/forum/search");
const { AppError } = await import("@/lib/errors");

/** Calls a server action with a form; a redirect comes back as its address. */
async function post(action: (s: FormState, f: FormData) => Promise<FormState>, fields: Record<string, string>) {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  try {
    return { state: await action({}, form), redirectTo: null as string | null };
  } catch (error) {
    const redirectTo = (error as { redirectTo?: string }).redirectTo;
    if (redirectTo) return { state: { ok: true } as FormState, redirectTo };
    throw error;
  }
}

async function expectAppError(promise: Promise<unknown>, userMessage: string) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect(error).toMatchObject({ userMessage });
}

describe("forum", () => {
  let own: string;
  let other: string;
  let official: Awaited<ReturnType<typeof userByEmail>>;
  let cadre: Awaited<ReturnType<typeof userByEmail>>;
  const ctx = (actor: typeof official) => ({ actor, ip: "203.0.113.5" });
  const ask = (body: string, extra: Record<string, string> = {}) =>
    post(actions.askQuestionAction, { body, topic: "LAND", communeId: own, consent: "on", locale: "vi", ...extra });

  beforeEach(async () => {
    await resetDatabase();
    await seedBase();
    own = (await communeBySlug("minh-dan")).id;
    other = (await communeBySlug("thuong-lam")).id;
    official = await userByEmail("official@demo.local");
    cadre = await userByEmail("cadre.minhdan@demo.local");
    state.viewer = null;
    state.ip = `198.51.100.${Math.floor(Math.random() * 200) + 1}`;
  });

  describe("asking", () => {
    it("stores the question SUBMITTED with a tracking code, masks numbers in the public copy, audits, and goes to the tracking page", async () => {
      const { redirectTo } = await ask("Xin hỏi thủ tục tách thửa đất. Gọi tôi 0912 345 678, CCCD 008123456789.", {
        name: "Lò Văn Pá",
        phone: "0912345678",
      });
      expect(redirectTo).toMatch(/^\/vi\/forum\/track\/[2-9A-HJ-NP-Z]{8}\?sent=1$/);
      const code = redirectTo!.split("/").pop()!.split("?")[0]!;
      const stored = await db.forumQuestion.findUniqueOrThrow({ where: { trackingCode: code } });
      expect(stored).toMatchObject({
        state: "SUBMITTED",
        askerName: "Lò Văn Pá",
        showName: false,
        askerPhone: "0912345678",
        publishedAt: null,
      });
      expect(stored.body).toContain("0912 345 678");
      expect(stored.publicBody).toBe("Xin hỏi thủ tục tách thửa đất. Gọi tôi ***, CCCD ***.");
      const audit = await db.auditLog.findFirstOrThrow({ where: { action: "forumQuestion.submitted", entityId: stored.id } });
      expect(audit).toMatchObject({ actorId: null, ip: state.ip });
      // The tracking page works before the question is public.
      expect(await getTrackedQuestion(code)).toMatchObject({ state: "SUBMITTED", publicBody: stored.publicBody, answer: null });
      expect(await getPublicQuestion(stored.number)).toBeNull();
    });

    it("gives every question its own code", async () => {
      const codes = new Set<string>();
      for (let i = 0; i < 5; i++) codes.add((await ask(`Câu hỏi khác nhau số ${i} về đất đai của thôn`)).redirectTo!);
      expect(codes.size).toBe(5);
      expect(await db.forumQuestion.count()).toBe(5);
    });

    it("drops a bot that fills the honeypot: a thank-you, nothing stored, nothing counted", async () => {
      const { state: result, redirectTo } = await ask("Mua thuốc giá rẻ tại đây, liên hệ ngay hôm nay", { website: "http://spam.example" });
      expect(redirectTo).toBeNull();
      expect(result).toMatchObject({ ok: true, message: "forum:ask.received" });
      expect(await db.forumQuestion.count()).toBe(0);
      expect(await db.loginThrottle.count()).toBe(0);
    });

    it(`refuses the ${LIMITS.forumAsk + 1}th question from one address within the hour, saying until when`, async () => {
      for (let i = 0; i < LIMITS.forumAsk; i++) {
        expect((await ask(`Câu hỏi thứ ${i} của người dân về đất rừng`)).redirectTo).not.toBeNull();
      }
      const { state: refused } = await ask("Thêm một câu hỏi nữa về đất rừng của thôn");
      expect(refused).toMatchObject({ ok: false, code: "locked", formError: "forum:errors.rateLimited" });
      expect(refused.formErrorParams?.time).toMatch(/\d{1,2}:\d{2}/);
      expect(refused.values?.body).toBe("Thêm một câu hỏi nữa về đất rừng của thôn"); // nothing typed is lost
      expect(await db.forumQuestion.count()).toBe(LIMITS.forumAsk);
      // Another address is not affected; the window passing frees the first.
      state.ip = "192.0.2.44";
      expect((await ask("Câu hỏi từ một mạng khác về đất rừng")).redirectTo).not.toBeNull();
      await db.loginThrottle.updateMany({
        data: { lockedUntil: new Date(Date.now() - 1000), firstFailureAt: new Date(Date.now() - 61 * 60_000) },
      });
      state.ip = "198.51.100.250";
      await db.loginThrottle.deleteMany({ where: { key: { startsWith: "forumAsk:198.51.100.250" } } });
      expect((await ask("Câu hỏi sau khi hết hạn chế về đất rừng")).redirectTo).not.toBeNull();
    });

    it("counts parallel questions atomically", async () => {
      const results = await Promise.all(
        Array.from({ length: LIMITS.forumAsk + 4 }, (_, i) =>
          askQuestion(
            {
              body: `Câu hỏi song song số ${i} về giống cây trồng`,
              topic: "AGRICULTURE",
              communeId: own,
              name: null,
              showName: false,
              phone: null,
              locale: "vi",
            },
            { ip: "203.0.113.200" },
          ).catch(() => ({ ok: false as const, reason: "error" as const })),
        ),
      );
      expect(results.filter((r) => r.ok).length).toBeLessThanOrEqual(LIMITS.forumAsk);
      const row = await db.loginThrottle.findUniqueOrThrow({ where: { key: "forumAsk:203.0.113.200" } });
      expect(row.lockedUntil).not.toBeNull();
    });

    it("refuses a duplicate (same words, accents or not) for the same commune, but not for another", async () => {
      expect((await ask("Xin hỏi: hộ nghèo được hỗ trợ làm nhà không?")).redirectTo).not.toBeNull();
      const { state: dup } = await ask("xin hoi ho ngheo duoc ho tro lam nha khong");
      expect(dup).toMatchObject({ ok: false, code: "conflict", formError: "forum:errors.duplicate" });
      expect((await ask("Xin hỏi: hộ nghèo được hỗ trợ làm nhà không?", { communeId: other })).redirectTo).not.toBeNull();
      expect(await db.forumQuestion.count()).toBe(2);
    });

    it("refuses invalid and hostile input with field messages, never an exception", async () => {
      const { state: empty } = await post(actions.askQuestionAction, { body: "", topic: "", communeId: "", locale: "vi" });
      expect(empty).toMatchObject({ ok: false, code: "invalid" });
      expect(Object.keys(empty.fieldErrors ?? {}).sort()).toEqual(["body", "communeId", "consent", "topic"]);
      const { state: huge } = await ask("x".repeat(100_000));
      expect(huge.fieldErrors?.body).toEqual(["forum:errors.questionTooLong"]);
      const { state: fake } = await ask("Câu hỏi về một xã không có trong danh sách", { communeId: "not-a-commune" });
      expect(fake.fieldErrors?.communeId).toEqual(["forum:errors.communeRequired"]);
      const { redirectTo } = await ask("<script>alert('x')</script>\u202Eđảo ngược\u0007 hỏi về đất");
      const stored = await db.forumQuestion.findFirstOrThrow({ where: { trackingCode: redirectTo!.split("/").pop()!.split("?")[0]! } });
      expect(stored.body).toBe("<script>alert('x')</script>đảo ngược hỏi về đất");
      expect(await db.forumQuestion.count()).toBe(1);
    });

    it("records a question entered for a resident by a cadre", async () => {
      state.viewer = cadre;
      const { redirectTo } = await post(actions.submitOnBehalfAction, {
        body: "Bà con thôn 3 hỏi về hỗ trợ giống ngô vụ đông",
        topic: "AGRICULTURE",
        communeId: own,
        onBehalfNote: "Ông Triệu Văn Hin, người có uy tín thôn 3",
      });
      expect(redirectTo).toMatch(/^\/admin\/forum\/.+\?done=submitted$/);
      const stored = await db.forumQuestion.findFirstOrThrow();
      expect(stored).toMatchObject({
        submittedById: cadre.id,
        onBehalfNote: "Ông Triệu Văn Hin, người có uy tín thôn 3",
        state: "SUBMITTED",
      });
      expect(await db.auditLog.count({ where: { action: "forumQuestion.submittedOnBehalf", actorId: cadre.id } })).toBe(1);
      const { state: refused } = await post(actions.submitOnBehalfAction, {
        body: "Câu hỏi của xã khác về đường giao thông",
        topic: "OTHER",
        communeId: other,
        onBehalfNote: "x",
      });
      expect(refused).toMatchObject({ ok: false, code: "forbidden" });
    });
  });

  describe("moderating and answering", () => {
    it("publish → cadre answers → public page and tracking page show it; name hidden, phone masked", async () => {
      const outcome = await askQuestion(
        {
          body: "Nhà tôi muốn vay vốn nuôi bò, gọi 0987.654.321 giúp tôi với",
          topic: "POLICY",
          communeId: own,
          name: "Giàng A Lử",
          showName: false,
          phone: "0987654321",
          locale: "vi",
        },
        { ip: "192.0.2.1" },
      );
      if (!outcome.ok) throw new Error("not asked");
      const q = await db.forumQuestion.findUniqueOrThrow({ where: { trackingCode: outcome.trackingCode } });
      await mutations.publishQuestion({ id: q.id, publicBody: q.publicBody }, ctx(official));
      await mutations.answerQuestion(
        { id: q.id, body: "Anh liên hệ **tổ vay vốn** của thôn.", unitName: "UBND xã Minh Dân" },
        ["UBND xã Minh Dân"],
        ctx(cadre),
      );

      const page = await getPublicQuestion(q.number);
      expect(page).toMatchObject({ state: "ANSWERED", askerName: null, publicBody: "Nhà tôi muốn vay vốn nuôi bò, gọi *** giúp tôi với" });
      expect(page?.answer).toMatchObject({ unitName: "UBND xã Minh Dân", editedAt: null });
      expect(page?.answer?.html).toContain("<strong>tổ vay vốn</strong>");
      expect(JSON.stringify(page)).not.toContain("0987");
      expect(JSON.stringify(page)).not.toContain("Giàng A Lử");
      const tracked = await getTrackedQuestion(outcome.trackingCode);
      expect(tracked?.answer?.unitName).toBe("UBND xã Minh Dân");
      expect(JSON.stringify(tracked)).not.toContain("0987654321");

      const actionsLogged = (await db.auditLog.findMany({ where: { entityId: q.id }, orderBy: { createdAt: "asc" } })).map((row) => [
        row.action,
        row.actorId,
      ]);
      expect(actionsLogged).toEqual([
        ["forumQuestion.submitted", null],
        ["forumQuestion.published", official.id],
        ["forumQuestion.answered", cadre.id],
      ]);

      // Editing leaves a visible mark; closing ends it.
      await mutations.editAnswer(
        { id: q.id, body: "Anh liên hệ tổ vay vốn hoặc điểm giao dịch của ngân hàng.", unitName: "UBND xã Minh Dân" },
        ["UBND xã Minh Dân"],
        ctx(cadre),
      );
      expect((await getPublicQuestion(q.number))?.answer?.editedAt).not.toBeNull();
      await mutations.closeQuestion({ id: q.id }, ctx(cadre));
      expect(await db.forumQuestion.findUniqueOrThrow({ where: { id: q.id } })).toMatchObject({ state: "CLOSED" });
    });

    it("a cadre of another commune cannot answer, note or close (server refusal, nothing written)", async () => {
      const q = await makeQuestion({ communeId: other, state: "PUBLISHED" });
      await expectAppError(
        mutations.answerQuestion({ id: q.id, body: "Trả lời", unitName: "UBND xã Minh Dân" }, ["UBND xã Minh Dân"], ctx(cadre)),
        "form.forbidden",
      );
      await expectAppError(mutations.addNote({ id: q.id, body: "Ghi chú" }, ctx(cadre)), "form.forbidden");
      await expectAppError(mutations.publishQuestion({ id: q.id, publicBody: "x" }, ctx(cadre)), "form.forbidden");
      expect(await db.forumAnswer.count()).toBe(0);
      expect(await db.forumNote.count()).toBe(0);
      expect(await db.auditLog.count()).toBe(0);
      // Once the province assigns it to the cadre's commune, the cadre may answer.
      await mutations.assignQuestion({ id: q.id, assignedCommuneId: own, assigneeId: cadre.id }, ctx(official));
      await mutations.answerQuestion({ id: q.id, body: "Trả lời", unitName: "UBND xã Minh Dân" }, ["UBND xã Minh Dân"], ctx(cadre));
      expect(await db.forumAnswer.count()).toBe(1);
    });

    it("a cadre cannot sign for the province; an assignee must reach the question", async () => {
      const q = await makeQuestion({ communeId: own, state: "PUBLISHED" });
      await expectAppError(
        mutations.answerQuestion({ id: q.id, body: "Trả lời", unitName: "Ban Dân tộc tỉnh Tuyên Quang" }, ["UBND xã Minh Dân"], ctx(cadre)),
        "forum:errors.unitRequired",
      );
      const q2 = await makeQuestion({ communeId: other });
      await expectAppError(
        mutations.assignQuestion({ id: q2.id, assignedCommuneId: null, assigneeId: cadre.id }, ctx(official)),
        "forum:errors.assigneeInvalid",
      );
    });

    it("a rejected question shows its reason on the tracking page only", async () => {
      const q = await makeQuestion({ communeId: own });
      await mutations.rejectQuestion({ id: q.id, reason: "Câu hỏi nêu đích danh một người." }, ctx(official));
      expect(await getTrackedQuestion(q.trackingCode)).toMatchObject({
        state: "REJECTED",
        rejectionReason: "Câu hỏi nêu đích danh một người.",
      });
      expect(await getPublicQuestion(q.number)).toBeNull();
      expect((await listPublicQuestionsNow({ page: 1 })).total).toBe(0);
      await expectAppError(
        mutations.answerQuestion({ id: q.id, body: "x", unitName: "UBND xã Minh Dân" }, ["UBND xã Minh Dân"], ctx(official)),
        "forum:errors.wrongState",
      );
      expect((await db.auditLog.findFirstOrThrow({ where: { action: "forumQuestion.rejected" } })).after).toMatchObject({
        reason: "Câu hỏi nêu đích danh một người.",
      });
    });

    it("an answer to a question never published is seen only on the tracking page", async () => {
      const q = await makeQuestion({ communeId: own });
      await mutations.answerQuestion({ id: q.id, body: "Trả lời riêng", unitName: "UBND xã Minh Dân" }, ["UBND xã Minh Dân"], ctx(cadre));
      expect((await getTrackedQuestion(q.trackingCode))?.answer?.html).toContain("Trả lời riêng");
      expect(await getPublicQuestion(q.number)).toBeNull();
    });

    it("the moderator edits the published text; the original stays; notes stay internal", async () => {
      const q = await makeQuestion({ communeId: own, body: "Tôi là Nguyễn Văn A ở thôn 2, hỏi về đất" });
      await mutations.publishQuestion({ id: q.id, publicBody: "Tôi là *** ở thôn 2, hỏi về đất" }, ctx(official));
      await mutations.addNote({ id: q.id, body: "Đã gọi điện cho người hỏi" }, ctx(cadre));
      await mutations.requestHelp({ id: q.id, body: "Cần phòng tài nguyên môi trường xác nhận" }, ctx(cadre));
      const stored = await db.forumQuestion.findUniqueOrThrow({ where: { id: q.id } });
      expect(stored).toMatchObject({ body: "Tôi là Nguyễn Văn A ở thôn 2, hỏi về đất", publicBody: "Tôi là *** ở thôn 2, hỏi về đất" });
      expect(stored.helpRequestedAt).not.toBeNull();
      const page = JSON.stringify(await getPublicQuestion(q.number)) + JSON.stringify(await getTrackedQuestion(q.trackingCode));
      expect(page).not.toContain("Nguyễn Văn A");
      expect(page).not.toContain("Đã gọi điện");
      expect(await db.auditLog.count({ where: { action: { in: ["forumQuestion.noteAdded", "forumQuestion.helpRequested"] } } })).toBe(2);
    });

    it("merges a duplicate into an existing question; its tracking page leads to the answer", async () => {
      const target = await makeQuestion({ communeId: own, state: "ANSWERED", answer: "Câu trả lời chung" });
      const dup = await makeQuestion({ communeId: own, state: "PUBLISHED" });
      await expectAppError(mutations.mergeQuestion({ id: dup.id, target: dup.number }, ctx(official)), "forum:errors.mergeTarget");
      await mutations.mergeQuestion({ id: dup.id, target: target.number }, ctx(official));
      const tracked = await getTrackedQuestion(dup.trackingCode);
      expect(tracked).toMatchObject({ state: "CLOSED", mergedInto: { number: target.number } });
      expect(tracked?.mergedInto?.answer?.html).toContain("Câu trả lời chung");
      expect((await listPublicQuestionsNow({ page: 1 })).items.map((item) => item.number)).toEqual([target.number]);
      expect((await forumCounters()).received).toBe(1);
    });
  });

  describe("public lists, search and the dashboard", () => {
    it("lists answered questions first, filters by topic and commune, searches without accents", async () => {
      const waiting = await makeQuestion({ communeId: own, state: "PUBLISHED", topic: "LAND", body: "Hỏi về sổ đỏ đất vườn của gia đình" });
      const answered = await makeQuestion({
        communeId: other,
        state: "ANSWERED",
        topic: "HEALTH",
        body: "Tiêm phòng cho trẻ vào ngày nào",
        answer: "Ngày 25 hằng tháng tại trạm y tế",
      });
      await makeQuestion({ communeId: own }); // not public
      const list = await listPublicQuestionsNow({ page: 1 });
      expect(list.items.map((item) => item.id)).toEqual([answered.id, waiting.id]);
      expect((await listPublicQuestionsNow({ page: 1, topic: "LAND" })).items.map((i) => i.id)).toEqual([waiting.id]);
      expect((await listPublicQuestionsNow({ page: 1, commune: "thuong-lam" })).items.map((i) => i.id)).toEqual([answered.id]);
      expect((await listPublicQuestionsNow({ page: 1, q: "so do" })).items.map((i) => i.id)).toEqual([waiting.id]);
      expect((await listPublicQuestionsNow({ page: 1, q: "tram y te" })).items.map((i) => i.id)).toEqual([answered.id]);
      const hits = await searchForum({ query: "SỔ ĐỎ", locale: "vi", now: new Date(), limit: 10 });
      expect(hits).toMatchObject([{ type: "forum", url: `/vi/forum/${waiting.number}` }]);
      expect(await listRecentAnswered("thuong-lam", 5)).toHaveLength(1);
      expect(await forumCounters()).toMatchObject({ received: 3, answered: 1 });
    });

    it("counts overdue questions on working days, scoped to the cadre's commune", async () => {
      const days = (n: number) => new Date(Date.now() - n * 24 * 60 * 60 * 1000);
      await makeQuestion({ communeId: own, state: "PUBLISHED", createdAt: days(2) });
      await makeQuestion({ communeId: own, state: "PUBLISHED", createdAt: days(20) }); // ≥ 14 working days
      await makeQuestion({ communeId: other, state: "SUBMITTED", createdAt: days(45) }); // > 20 working days
      await makeQuestion({ communeId: own, state: "ANSWERED", createdAt: days(60), answer: "Đã trả lời" }); // not waiting
      expect(await forumDashboardCounts(official)).toMatchObject({ waiting: 3, overdue: 2, veryOverdue: 1, toModerate: 1 });
      expect(await forumDashboardCounts(cadre)).toMatchObject({ waiting: 2, overdue: 1, veryOverdue: 0, toModerate: null });
      const late = await listQuestionsForViewer({ viewer: official, filters: { late: "veryOverdue", page: 1 } });
      expect(late.questions.map((q) => q.overdue)).toEqual(["veryOverdue"]);
      const cadreList = await listQuestionsForViewer({ viewer: cadre, filters: { page: 1 } });
      expect(cadreList.total).toBe(3);
    });
  });
});
