/**
 * Issue 16's back-office actions (legal documents, citations, search synonyms, commune office
 * contacts, one-time password links) × every role (and anonymous) × own/other commune, over
 * the real server actions and database, as tests/db/authorization.test.ts does for the rest:
 * only the session is stubbed. A refused action changes nothing. Then the domain rules behind
 * them: look-up by number, synonyms in the site search, links that work once and expire, the
 * moderation queue, "your tasks".
 */
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db, userByEmail, communeBySlug } from "./helpers";
import { describeMatrix, expectRefused, invoke, session, signInAs, VIEWER_EMAIL } from "./authorization/harness";

session.ip = "198.51.100.16";
const { MATRIX, fingerprint, newDocument, seed } = await import("./authorization/everyday");
type Ids = Awaited<ReturnType<typeof seed>>;
const documents = await import("@/lib/documents/actions");
const { updateCommuneContactAction } = await import("@/lib/units/actions");
const { forgotPasswordAction, resetPasswordWithTokenAction } = await import("@/lib/password-reset/actions");
const { searchDocumentsAt } = await import("@/lib/documents/queries");
const { search } = await import("@/lib/search");
const { requestPasswordReset, resetWithToken, tokenHash } = await import("@/lib/password-reset/mutations");
const { getTasks } = await import("@/lib/dashboard/tasks");
const { listQuestionsForViewer } = await import("@/lib/forum/admin-queries");
const { ZAdminForumFilters } = await import("@/lib/forum/schema");
const { makeArticle } = await import("./articles/fixtures");
const { makeQuestion } = await import("./forum/fixtures");

describeMatrix(MATRIX);

describe("[AUTHZ] issue 16: crafted requests", () => {
  let ids: Ids;
  beforeEach(async () => {
    ids = await seed();
  });

  it("crafted: a cadre's contact form with the other commune's id sent twice is a bad request", async () => {
    await signInAs("COMMUNE_CADRE");
    await expectRefused(
      () =>
        invoke(updateCommuneContactAction, [
          ["id", ids.own],
          ["id", ids.other],
          ["officePhone", "0207 3822 123"],
        ]),
      {
        fingerprint,
        refused: { ok: false, code: "invalid", formError: "form.badRequest" },
      },
    );
  });
});

describe("[DOCUMENTS] look-up and search", () => {
  let ids: Ids;
  beforeAll(async () => {
    ids = await seed();
  });

  it.each(["414 qd ttg", "414/QĐ-TTg", "414-qd/ttg", "Quyết định 414/QĐ-TTg", "414"])("finds 414/QĐ-TTg by %s", async (q) => {
    const { items } = await searchDocumentsAt({ q });
    expect(items[0]?.id).toBe(ids.doc);
  });

  it("finds a document by words of its title, without accents", async () => {
    const { items } = await searchDocumentsAt({ q: "ke hoach thuc hien de an" });
    expect(items.map((item) => item.id)).toContain(ids.doc2);
  });

  it("puts the document first in the site search for its number", async () => {
    const { hits } = await search({ q: "414 qd ttg", locale: "vi", page: 1 });
    expect(hits[0]).toMatchObject({ type: "document", id: ids.doc });
  });

  it("reads BHYT as bảo hiểm y tế in the site search", async () => {
    await makeArticle({
      kind: "POLICY",
      state: "PUBLISHED",
      title: "Thẻ bảo hiểm y tế cho trẻ em",
      body: "Trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế.",
    });
    const { hits } = await search({ q: "BHYT", locale: "vi", page: 1 });
    expect(hits.map((hit) => hit.title)).toContain("Thẻ bảo hiểm y tế cho trẻ em");
  });

  it("a document needs the replacing document when it is replaced, and cannot replace itself", async () => {
    await signInAs("OFFICIAL");
    expect(await invoke(documents.saveDocumentAction, { ...newDocument, status: "REPLACED" })).toMatchObject({
      ok: false,
      fieldErrors: { replacedById: ["documents.replacedByRequired"] },
    });
    expect(
      await invoke(documents.saveDocumentAction, {
        ...newDocument,
        id: ids.doc2,
        number: "64/KH-UBND",
        signedOn: "2020-06-18",
        status: "REPLACED",
        replacedById: ids.doc2,
      }),
    ).toMatchObject({ ok: false, fieldErrors: { replacedById: ["documents.replacedBySelf"] } });
  });
});

describe("[RESET] one-time password links", () => {
  beforeEach(async () => {
    await seed();
  });

  it("queues one e-mail for an existing account, none for an unknown one, with the same answer", async () => {
    session.viewer = null;
    expect(await invoke(forgotPasswordAction, { email: "official@demo.local" })).toMatchObject({
      ok: true,
      message: "everyday:reset.requested",
    });
    expect(await invoke(forgotPasswordAction, { email: "nobody@demo.local" })).toMatchObject({
      ok: true,
      message: "everyday:reset.requested",
    });
    expect(await db.outboxMessage.count({ where: { template: "auth.passwordReset" } })).toBe(1);
    expect(await db.passwordResetToken.count()).toBe(1);
  });

  it("works once: the password changes, sessions end, the second use is refused, all audited", async () => {
    const user = await userByEmail("official@demo.local");
    await requestPasswordReset(user.email, "198.51.100.16");
    const message = await db.outboxMessage.findFirstOrThrow({ where: { template: "auth.passwordReset" } });
    const token = (message.data as { token: string }).token;
    expect((await db.passwordResetToken.findFirstOrThrow()).tokenHash).toBe(tokenHash(token));
    expect(await resetWithToken({ token, newPassword: "Matkhaumoi2026" }, null)).toBe(true);
    const after = await userByEmail(user.email);
    expect(after.passwordHash).not.toBe(user.passwordHash);
    expect(after.sessionVersion).toBe(user.sessionVersion + 1);
    expect(await resetWithToken({ token, newPassword: "Matkhaukhac2026" }, null)).toBe(false);
    expect(await db.auditLog.count({ where: { entityId: user.id, action: { in: ["user.resetLinkIssued", "user.resetLinkUsed"] } } })).toBe(
      2,
    );
  });

  it("expires", async () => {
    const user = await userByEmail("official@demo.local");
    await requestPasswordReset(user.email, "198.51.100.16");
    const token = ((await db.outboxMessage.findFirstOrThrow({ where: { template: "auth.passwordReset" } })).data as { token: string })
      .token;
    await db.passwordResetToken.updateMany({ data: { expiresAt: new Date(Date.now() - 1000) } });
    session.viewer = null;
    const result = await invoke(resetPasswordWithTokenAction, { token, newPassword: "Matkhaumoi2026", confirmPassword: "Matkhaumoi2026" });
    expect(result).toMatchObject({ ok: false, formError: "reset.invalid" });
    expect((await userByEmail(user.email)).passwordHash).toBe(user.passwordHash);
  });

  it("is throttled per account: a fourth request within the hour sends nothing more", async () => {
    for (let n = 0; n < 5; n++) await requestPasswordReset("official@demo.local", `198.51.100.${n}`);
    expect(await db.outboxMessage.count({ where: { template: "auth.passwordReset" } })).toBe(3);
  });
});

describe("[TASKS] the dashboard says what to do next", () => {
  beforeEach(async () => {
    await seed();
  });

  it("shows a cadre the draft returned to them with the reviewer's comment", async () => {
    const cadre = await userByEmail(VIEWER_EMAIL.COMMUNE_CADRE);
    const draft = await makeArticle({
      kind: "COMMUNE_UPDATE",
      state: "DRAFT",
      communeId: cadre.communeId,
      authorId: cadre.id,
      title: "Tin xã bị trả lại",
    });
    await db.article.update({ where: { id: draft.id }, data: { reviewComment: "Thêm ngày họp." } });
    const tasks = await getTasks(cadre);
    expect(tasks.returned).toEqual([expect.objectContaining({ id: draft.id, title: "Tin xã bị trả lại", comment: "Thêm ngày họp." })]);
  });

  it("keeps a question answered before the province approved it in the moderation count", async () => {
    const official = await userByEmail(VIEWER_EMAIL.OFFICIAL);
    const question = await makeQuestion({ communeId: (await communeBySlug("minh-dan")).id });
    await db.forumQuestion.update({ where: { id: question.id }, data: { state: "ANSWERED", answeredAt: new Date(), publishedAt: null } });
    expect((await getTasks(official)).answeredNotPublic).toBe(1);
    const queue = await listQuestionsForViewer({ viewer: official, filters: ZAdminForumFilters.parse({ state: "SUBMITTED" }) });
    expect(queue.questions.map((q) => q.id)).toContain(question.id);
  });
});
