/**
 * The translation workbench's permissions over the real server actions and database, as in
 * authorization.test.ts (the session is the only thing stubbed): who may suggest into and
 * approve in which language, the author never approving their own suggestion, crafted
 * requests (another language, a repeated field, a language removed from the profile after the
 * page was shown), and a refused action changing nothing. Test strings are marked "[TEST …]".
 */
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { FormState } from "@/lib/action-result";
import type { Viewer } from "@/lib/auth/session";
import { describeMatrix, invoke, session, signInByEmail, type Action } from "./authorization/harness";
import { db, resetDatabase, seedBase, userByEmail } from "./helpers";

const {
  DAO,
  MATRIX,
  TAY,
  TAY_REVIEWER,
  approveString,
  suggestArticle: suggestArticleOf,
  suggestString,
} = await import("./authorization/translations");
const actions = await import("@/lib/translations/actions");
const { makeArticle } = await import("./articles/fixtures");

function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const v of [value].flat()) data.append(key, v);
  return data;
}

/** Runs an action as `email` (null: anonymous); a redirect counts as success. */
async function as(email: string | null, action: Action, fields: Record<string, string | string[]>): Promise<FormState> {
  await signInByEmail(email);
  return invoke(
    action,
    Object.entries(fields).flatMap(([key, value]) => [value].flat().map((v): [string, string] => [key, v])),
  );
}

let articleId = "";

beforeAll(async () => {
  await resetDatabase();
  await seedBase();
});

beforeEach(async () => {
  await db.stringTranslation.deleteMany();
  await db.contentTranslation.deleteMany();
  await db.auditLog.deleteMany();
  articleId = (await makeArticle({ kind: "POLICY", state: "PUBLISHED" })).id;
});

const suggestArticle = () => suggestArticleOf(articleId);

describe("who may suggest into a language", () => {
  it.each([
    [TAY, true],
    [TAY_REVIEWER, true],
    [DAO, false],
    ["admin@demo.local", false],
    ["official@demo.local", false],
    [null, false],
  ])("%s suggesting a Tày string: %s", async (email, allowed) => {
    const result = await as(email, actions.suggestStringAction, suggestString());
    expect(result.ok).toBe(allowed);
    expect(await db.stringTranslation.count()).toBe(allowed ? 1 : 0);
    expect(await db.auditLog.count({ where: { action: "translation.suggested" } })).toBe(allowed ? 1 : 0);
  });

  it("refuses a suggestion without the source's {{count}} next to the field, and saves nothing", async () => {
    const result = await as(TAY, actions.suggestStringAction, suggestString("[TEST tyz] thôn"));
    expect(result).toMatchObject({ ok: false, code: "invalid", fieldErrors: { text: ["translations.placeholderMissing"] } });
    expect(await db.stringTranslation.count()).toBe(0);
  });
});

describe("who may approve", () => {
  beforeEach(async () => {
    expect((await as(TAY, actions.suggestStringAction, suggestString())).ok).toBe(true);
    expect((await as(TAY, actions.suggestContentAction, suggestArticle())).ok).toBe(true);
  });

  it.each([
    [TAY, false, "the author, approving their own suggestion"],
    [DAO, false, "a Dao translator, approving Tày"],
    ["admin@demo.local", false, "an administrator without Tày on their profile"],
    [null, false, "anonymous"],
    [TAY_REVIEWER, true, "a second Tày reviewer"],
  ])("%s (%s)", async (email, allowed, _why) => {
    const strings = await as(email, actions.approveStringAction, approveString());
    const content = await as(email, actions.approveContentAction, { locale: "tyz", kind: "ARTICLE", id: articleId });
    expect(strings.ok).toBe(allowed);
    expect(content.ok).toBe(allowed);
    const row = await db.stringTranslation.findFirstOrThrow();
    expect(row.state).toBe(allowed ? "APPROVED" : "SUGGESTED");
    expect(row.approvedText).toBe(allowed ? "[TEST tyz] {{count}} thôn" : null);
    expect(await db.articleTranslation.count({ where: { articleId, locale: "tyz" } })).toBe(allowed ? 1 : 0);
    expect(await db.auditLog.count({ where: { action: "translation.approved" } })).toBe(allowed ? 2 : 0);
  });

  it("refuses the author with the reason, not a generic refusal", async () => {
    expect(await as(TAY, actions.approveStringAction, approveString())).toMatchObject({
      ok: false,
      code: "forbidden",
      formError: "translations.ownSuggestion",
    });
  });

  it("refuses a crafted approval of Tày by a Dao reviewer even with a forged language list in the form", async () => {
    const result = await as(DAO, actions.approveStringAction, { ...approveString(), reviewsIn: "tyz" });
    expect(result.ok).toBe(false);
    expect((await db.stringTranslation.findFirstOrThrow()).state).toBe("SUGGESTED");
  });

  it("refuses a repeated field (one value decided, another written)", async () => {
    const result = await as(TAY_REVIEWER, actions.approveStringAction, { ...approveString(), locale: ["tyz", "ium"] });
    expect(result).toMatchObject({ ok: false, formError: "form.badRequest" });
  });

  it("checks the reviewer's languages again inside the transaction (language removed after the page was shown)", async () => {
    const reviewer = await userByEmail(TAY_REVIEWER);
    session.viewer = reviewer as unknown as Viewer; // the session still says Tày
    await db.user.update({ where: { id: reviewer.id }, data: { reviewsIn: [], translatesInto: [] } });
    try {
      const result = await actions.approveStringAction({}, form(approveString()));
      expect(result.ok).toBe(false);
      expect((await db.stringTranslation.findFirstOrThrow()).state).toBe("SUGGESTED");
    } finally {
      await db.user.update({ where: { id: reviewer.id }, data: { reviewsIn: ["tyz"], translatesInto: ["tyz"] } });
    }
  });

  it("refuses approving a text other than the one the reviewer read", async () => {
    const result = await as(TAY_REVIEWER, actions.approveStringAction, approveString("[TEST tyz] {{count}} khác"));
    expect(result).toMatchObject({ ok: false, code: "conflict" });
  });
});

describe("glossary and characters", () => {
  it("lets only the language's reviewers keep its glossary, and only administrators its characters", async () => {
    const term = { locale: "tyz", term: "hộ nghèo", rendering: "[TEST tyz] hộ nghèo", note: "" };
    expect((await as(DAO, actions.saveGlossaryTermAction, term)).ok).toBe(false);
    expect((await as(TAY_REVIEWER, actions.saveGlossaryTermAction, term)).ok).toBe(true);
    expect(await db.glossaryTerm.count()).toBe(1);
    expect((await as(TAY_REVIEWER, actions.setExpectedCharsAction, { locale: "tyz", expectedChars: "abc" })).ok).toBe(false);
    expect((await as("admin@demo.local", actions.setExpectedCharsAction, { locale: "tyz", expectedChars: "abc" })).ok).toBe(true);
    expect(await db.auditLog.count({ where: { action: { in: ["glossary.saved", "translationLanguage.updated"] } } })).toBe(2);
  });
});

// Last: each of its cases seeds its own database (the tests above share one).
describeMatrix(MATRIX);
