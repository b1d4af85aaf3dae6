/**
 * The translation workbench as a matrix (tests/db/authorization-translations.test.ts): who asks
 * is a person with languages on their profile rather than a role, so the matrix names its own
 * viewers. A Tày translator suggests into Tày, a second Tày reviewer approves (never the author),
 * a Dao translator does neither; administrators keep the languages' settings and profiles.
 */
import "./harness"; // its mocks before any action is imported
import * as actions from "@/lib/translations/actions";
import { exportXliff } from "@/lib/translations/xliff";
import { makeArticle } from "../articles/fixtures";
import { db, resetDatabase, seedBase, userByEmail } from "../helpers";
import { invoke, signInByEmail, type Matrix, type MatrixCase } from "./harness";

export const TAY = "translator.tay@demo.local";
export const TAY_REVIEWER = "reviewer.tay@demo.local";
export const DAO = "translator.dao@demo.local";

export type Ids = { articleId: string; termId: string; xliff: string; translatorId: string };

export const suggestString = (text = "[TEST tyz] {{count}} thôn") => ({
  locale: "tyz",
  namespace: "common",
  key: "communes.villageCount_other",
  text,
});
export const approveString = (expectedText = "[TEST tyz] {{count}} thôn") => ({
  locale: "tyz",
  namespace: "common",
  key: "communes.villageCount_other",
  expectedText,
});
export const suggestArticle = (articleId: string) => ({
  locale: "tyz",
  kind: "ARTICLE",
  id: articleId,
  "field.title": "[TEST tyz] tiêu đề",
  "field.summary": "[TEST tyz] tóm tắt",
  "field.body": "[TEST tyz] nội dung",
});

const TRANSLATORS = ["TAY", "TAY_REVIEWER"];

export const CASES: MatrixCase<Ids>[] = [
  {
    name: "suggest a Tày string",
    action: actions.suggestStringAction,
    allowed: TRANSLATORS,
    audit: "translation.suggested",
    form: () => suggestString("[TEST tyz] {{count}} bản"),
  },
  {
    name: "suggest a Tày article text",
    action: actions.suggestContentAction,
    allowed: TRANSLATORS,
    audit: "translation.suggested",
    form: (ids) => ({ ...suggestArticle(ids.articleId), "field.title": "[TEST tyz] tiêu đề khác" }),
  },
  {
    name: "approve the Tày translator's string",
    action: actions.approveStringAction,
    allowed: ["TAY_REVIEWER"],
    audit: "translation.approved",
    form: () => approveString(),
  },
  {
    name: "approve the Tày translator's article text",
    action: actions.approveContentAction,
    allowed: ["TAY_REVIEWER"],
    audit: "translation.approved",
    form: (ids) => ({ locale: "tyz", kind: "ARTICLE", id: ids.articleId }),
  },
  {
    name: "add a Tày glossary term",
    action: actions.saveGlossaryTermAction,
    allowed: TRANSLATORS,
    audit: "glossary.saved",
    form: () => ({ locale: "tyz", term: "hộ nghèo", rendering: "[TEST tyz] hộ nghèo", note: "" }),
  },
  {
    name: "remove a Tày glossary term",
    action: actions.deleteGlossaryTermAction,
    allowed: TRANSLATORS,
    audit: "glossary.deleted",
    form: (ids) => ({ id: ids.termId }),
  },
  {
    name: "set Tày's expected characters",
    action: actions.setExpectedCharsAction,
    allowed: ["ADMIN"],
    audit: "translationLanguage.updated",
    form: () => ({ locale: "tyz", expectedChars: "abc" }),
  },
  {
    name: "import Tày strings from XLIFF",
    action: actions.importXliffAction,
    allowed: TRANSLATORS,
    audit: "translation.imported",
    form: (ids) => ({ locale: "tyz", xliff: ids.xliff, apply: "1" }),
  },
  {
    name: "set a translator's languages",
    action: actions.setTranslatorLanguagesAction,
    allowed: ["ADMIN"],
    audit: "user.updated",
    form: (ids) => ({ id: ids.translatorId, "translates.tyz": "on", "translates.ium": "on" }),
  },
];

export async function fingerprint() {
  return JSON.stringify(
    await Promise.all([
      db.auditLog.count(),
      db.stringTranslation.findMany({ orderBy: { id: "asc" }, select: { id: true, state: true, text: true } }),
      db.contentTranslation.findMany({ orderBy: { id: "asc" }, select: { id: true, state: true } }),
      db.articleTranslation.count(),
      db.glossaryTerm.findMany({ orderBy: { id: "asc" }, select: { id: true, rendering: true } }),
      db.user.findMany({ orderBy: { id: "asc" }, select: { id: true, translatesInto: true, reviewsIn: true } }),
      db.setting.findMany({ orderBy: { key: "asc" } }),
    ]),
  );
}

/** The demo accounts, an article, and the Tày translator's suggestions of a string and of the article. */
export async function seed(): Promise<Ids> {
  await resetDatabase();
  await seedBase();
  const articleId = (await makeArticle({ kind: "POLICY", state: "PUBLISHED" })).id;
  await signInByEmail(TAY);
  await invoke(actions.suggestStringAction, suggestString());
  await invoke(actions.suggestContentAction, suggestArticle(articleId));
  const term = await db.glossaryTerm.create({ data: { locale: "tyz", term: "ruộng bậc thang", rendering: "[TEST tyz] ruộng" } });
  const xliff = await exportXliff("tyz", [
    { namespace: "common", key: "communes.villageCount_one", source: "{{count}} thôn, bản", current: "[TEST tyz] {{count}} thôn" },
  ]);
  return { articleId, termId: term.id, xliff, translatorId: (await userByEmail(DAO)).id };
}

export const MATRIX: Matrix<Ids> = {
  title: "translations: authorization matrix (server actions × translators and roles)",
  cases: CASES,
  seed,
  fingerprint,
  viewers: { TAY, TAY_REVIEWER, DAO, ADMIN: "admin@demo.local", OFFICIAL: "official@demo.local", ANONYMOUS: null },
  refused: { ok: false, code: "forbidden" },
};
