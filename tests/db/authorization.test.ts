/**
 * Authorization as a matrix over the real server actions and the real database: every
 * protected back-office action × every role (and anonymous) × own/other commune. The
 * session is the only thing stubbed (who is asking); permission checks, parsing, mutations
 * and audit rows are the real ones. A refused action must change nothing.
 */
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { FormState } from "@/lib/action-result";
import type { Viewer } from "@/lib/auth/session";
import { communeBySlug, db, resetDatabase, seedBase, userByEmail } from "./helpers";

const state = vi.hoisted(() => ({ viewer: null as Viewer | null }));

vi.mock("@/lib/auth/session", () => ({
  getViewer: async () => state.viewer,
  startSession: async () => {},
  endSession: async () => {},
}));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-forwarded-for": "198.51.100.4" }),
  cookies: async () => ({ get: () => undefined, set: () => {} }),
}));
vi.mock("next/cache", () => ({
  refresh: () => {},
  updateTag: () => {},
  revalidateTag: () => {},
  unstable_cache: <T,>(fn: T) => fn,
}));
vi.mock("next/navigation", () => ({
  notFound: () => {
    throw new Error("notFound");
  },
  redirect: (url: string) => {
    throw Object.assign(new Error(`redirect ${url}`), { redirectTo: url });
  },
}));

const { createUserAction, resetPasswordAction, setUserActiveAction, updateUserAction } = await import("@/lib/users/actions");
const { saveSettingsAction } = await import("@/lib/settings/actions");
const { updateEthnicGroupAction } = await import("@/lib/ethnic-groups/actions");
const { createVillageAction, updateUnitAction } = await import("@/lib/units/actions");
const { changeOwnPassword } = await import("@/lib/auth/actions");
const { saveGridAction, saveIndicatorAction, savePrestigiousPersonAction, deletePrestigiousPersonAction } = await import("@/lib/dataset/actions");
const { seedDataset } = await import("@/prisma/seed/dataset");
const articles = await import("@/lib/articles/actions");
const { makeArticle } = await import("./articles/fixtures");
const forum = await import("@/lib/forum/actions");
const { makeQuestion } = await import("./forum/fixtures");
const library = await import("@/lib/library/actions");
const { makeLibraryItem } = await import("./library/fixtures");
const products = await import("@/lib/products/actions");
const { makeProduct, makeProducer } = await import("./products/fixtures");

type Role = "ADMIN" | "OFFICIAL" | "COMMUNE_CADRE" | "ANONYMOUS";
const ROLES: Role[] = ["ADMIN", "OFFICIAL", "COMMUNE_CADRE", "ANONYMOUS"];
const VIEWER_EMAIL = { ADMIN: "admin@demo.local", OFFICIAL: "official@demo.local", COMMUNE_CADRE: "cadre.minhdan@demo.local" } as const;

type Ids = {
  own: string; other: string; ownVillage: string; otherVillage: string; target: string; group: string;
  pop: string; ownPerson: string; otherPerson: string; province: string;
  /** Articles: drafts of a policy, of the cadre's commune news and of another commune's; one in review; one published. */
  policyDraft: string; ownUpdate: string; otherUpdate: string; inReview: string; published: string;
  /** Forum: questions of the cadre's commune and of another, sent, published, answered; one of another commune assigned to the cadre's. */
  qOwnNew: string; qOwnOpen: string; qOtherOpen: string; qOwnAnswered: string; qOwnAnsweredNumber: string; qOtherAnswered: string; qOtherAssigned: string;
  /** Library: the cadre's draft, an official's draft (both with a file), one in review, one published. */
  libOwnDraft: string; libOtherDraft: string; libOtherFile: string; libInReview: string; libPublished: string; tay: string;
  /** Showcase: a producer, a product and a photo (second of two) in the cadre's commune and in another. */
  ownProducer: string; otherProducer: string; ownProduct: string; otherProduct: string; ownPhoto: string; otherPhoto: string;
};
type Case = {
  name: string;
  action: (s: FormState, f: FormData) => Promise<FormState>;
  form: (ids: Ids) => Record<string, string>;
  allowed: Role[];
};

const CASES: Case[] = [
  { name: "create a user", action: createUserAction, allowed: ["ADMIN"],
    form: () => ({ email: "matrix@demo.local", name: "Matrix", role: "OFFICIAL", communeId: "", password: "Matkhau2026" }) },
  { name: "edit a user", action: updateUserAction, allowed: ["ADMIN"],
    form: (ids) => ({ id: ids.target, email: "official@demo.local", name: "Đã sửa", role: "OFFICIAL", communeId: "" }) },
  { name: "deactivate a user", action: setUserActiveAction, allowed: ["ADMIN"], form: (ids) => ({ id: ids.target, active: "false" }) },
  { name: "reset a password", action: resetPasswordAction, allowed: ["ADMIN"], form: (ids) => ({ id: ids.target, password: "Moi2026abc" }) },
  { name: "change settings", action: saveSettingsAction, allowed: ["ADMIN"], form: () => ({ address: "Địa chỉ mới" }) },
  { name: "edit an ethnic group", action: updateEthnicGroupAction, allowed: ["ADMIN"],
    form: (ids) => ({ id: ids.group, code: "24", name: "Giáy", altNames: "", nameEn: "Giay" }) },
  { name: "edit a commune (own)", action: updateUnitAction, allowed: ["ADMIN", "OFFICIAL"],
    form: (ids) => ({ id: ids.own, code: "DEMO-01", name: "Minh Dân", fullName: "Xã Minh Dân (sửa)" }) },
  { name: "edit a commune (other)", action: updateUnitAction, allowed: ["ADMIN", "OFFICIAL"],
    form: (ids) => ({ id: ids.other, code: "DEMO-02", name: "Thượng Lâm", fullName: "Xã Thượng Lâm (sửa)" }) },
  { name: "add a village (own commune)", action: createVillageAction, allowed: ["ADMIN", "OFFICIAL", "COMMUNE_CADRE"],
    form: (ids) => ({ communeId: ids.own, code: "DEMO-01-77", name: "Thôn 77", fullName: "Thôn 77" }) },
  { name: "add a village (other commune)", action: createVillageAction, allowed: ["ADMIN", "OFFICIAL"],
    form: (ids) => ({ communeId: ids.other, code: "DEMO-02-77", name: "Thôn 77", fullName: "Thôn 77" }) },
  { name: "edit a village (own commune)", action: updateUnitAction, allowed: ["ADMIN", "OFFICIAL", "COMMUNE_CADRE"],
    form: (ids) => ({ id: ids.ownVillage, code: "DEMO-01-01", name: "Thôn 1", fullName: "Thôn Một" }) },
  { name: "edit a village (other commune)", action: updateUnitAction, allowed: ["ADMIN", "OFFICIAL"],
    form: (ids) => ({ id: ids.otherVillage, code: "DEMO-02-01", name: "Thôn 1", fullName: "Thôn Một" }) },
  { name: "save dataset figures (own commune)", action: saveGridAction, allowed: ["ADMIN", "OFFICIAL", "COMMUNE_CADRE"],
    form: (ids) => ({ communeId: ids.own, year: "2031", groupKey: "ALL", [`v.${ids.ownVillage}.${ids.pop}`]: "640" }) },
  { name: "save dataset figures (other commune)", action: saveGridAction, allowed: ["ADMIN", "OFFICIAL"],
    form: (ids) => ({ communeId: ids.other, year: "2031", groupKey: "ALL", [`v.${ids.otherVillage}.${ids.pop}`]: "640" }) },
  { name: "add an indicator", action: saveIndicatorAction, allowed: ["ADMIN", "OFFICIAL"],
    form: () => ({ code: "NEW_IND", nameVi: "Chỉ tiêu mới", unitVi: "hộ", valueType: "COUNT", aggregation: "SUM" }) },
  { name: "add a prestigious person (own commune)", action: savePrestigiousPersonAction, allowed: ["ADMIN", "OFFICIAL", "COMMUNE_CADRE"],
    form: (ids) => ({ name: "Hoàng Văn A", groupId: ids.group, villageId: ids.ownVillage, role: "Già làng", yearRecognised: "2024" }) },
  { name: "add a prestigious person (other commune)", action: savePrestigiousPersonAction, allowed: ["ADMIN", "OFFICIAL"],
    form: (ids) => ({ name: "Hoàng Văn B", groupId: ids.group, villageId: ids.otherVillage, role: "Già làng", yearRecognised: "2024" }) },
  { name: "edit a prestigious person (other commune)", action: savePrestigiousPersonAction, allowed: ["ADMIN", "OFFICIAL"],
    form: (ids) => ({ id: ids.otherPerson, name: "Đã sửa", groupId: ids.group, villageId: ids.otherVillage, role: "Già làng", yearRecognised: "2024" }) },
  { name: "remove a prestigious person (own commune)", action: deletePrestigiousPersonAction, allowed: ["ADMIN", "OFFICIAL", "COMMUNE_CADRE"], form: (ids) => ({ id: ids.ownPerson }) },
  { name: "remove a prestigious person (other commune)", action: deletePrestigiousPersonAction, allowed: ["ADMIN", "OFFICIAL"], form: (ids) => ({ id: ids.otherPerson }) },
  { name: "change one's own password", action: changeOwnPassword, allowed: ["ADMIN", "OFFICIAL", "COMMUNE_CADRE"],
    form: () => ({ currentPassword: "Demo@2026", newPassword: "Moi2026abc", confirmPassword: "Moi2026abc" }) },
  // Articles. A cadre reaches only commune news of their own commune, and never publishes.
  { name: "write a policy article", action: articles.createArticleAction, allowed: ["ADMIN", "OFFICIAL"],
    form: (ids) => ({ kind: "POLICY", communeId: ids.own, title: "Chính sách mới", summary: "S", body: "B" }) },
  { name: "write commune news (own commune)", action: articles.createArticleAction, allowed: ["ADMIN", "OFFICIAL", "COMMUNE_CADRE"],
    form: (ids) => ({ kind: "COMMUNE_UPDATE", communeId: ids.own, title: "Tin xã", summary: "S", body: "B" }) },
  { name: "write commune news (other commune)", action: articles.createArticleAction, allowed: ["ADMIN", "OFFICIAL"],
    form: (ids) => ({ kind: "COMMUNE_UPDATE", communeId: ids.other, title: "Tin xã khác", summary: "S", body: "B" }) },
  { name: "edit a policy draft's text", action: articles.saveTranslationAction, allowed: ["ADMIN", "OFFICIAL"],
    form: (ids) => ({ articleId: ids.policyDraft, locale: "vi", title: "Sửa", summary: "S", body: "B" }) },
  { name: "edit commune news text (own commune)", action: articles.saveTranslationAction, allowed: ["ADMIN", "OFFICIAL", "COMMUNE_CADRE"],
    form: (ids) => ({ articleId: ids.ownUpdate, locale: "en", title: "News", summary: "S", body: "B" }) },
  { name: "edit commune news text (other commune)", action: articles.saveTranslationAction, allowed: ["ADMIN", "OFFICIAL"],
    form: (ids) => ({ articleId: ids.otherUpdate, locale: "vi", title: "Sửa", summary: "S", body: "B" }) },
  { name: "turn own commune news into a policy article", action: articles.updateArticleSettingsAction, allowed: ["ADMIN", "OFFICIAL"],
    form: (ids) => ({ id: ids.ownUpdate, kind: "POLICY", communeId: ids.own, topicId: "" }) },
  { name: "submit commune news (own commune)", action: articles.submitArticleAction, allowed: ["ADMIN", "OFFICIAL", "COMMUNE_CADRE"],
    form: (ids) => ({ id: ids.ownUpdate }) },
  { name: "submit commune news (other commune)", action: articles.submitArticleAction, allowed: ["ADMIN", "OFFICIAL"],
    form: (ids) => ({ id: ids.otherUpdate }) },
  { name: "publish a policy article (crafted request)", action: articles.publishArticleAction, allowed: ["ADMIN", "OFFICIAL"],
    form: (ids) => ({ id: ids.policyDraft }) },
  { name: "publish commune news (own commune)", action: articles.publishArticleAction, allowed: ["ADMIN", "OFFICIAL"],
    form: (ids) => ({ id: ids.ownUpdate, publishAt: "" }) },
  { name: "return an article in review", action: articles.returnArticleAction, allowed: ["ADMIN", "OFFICIAL"],
    form: (ids) => ({ id: ids.inReview, comment: "Sửa lại" }) },
  { name: "withdraw an article", action: articles.withdrawArticleAction, allowed: ["ADMIN", "OFFICIAL"],
    form: (ids) => ({ id: ids.published, reason: "Đã cũ" }) },
  { name: "delete an article published in error", action: articles.deleteArticleAction, allowed: ["ADMIN", "OFFICIAL"],
    form: (ids) => ({ id: ids.published }) },
  { name: "add an article topic", action: articles.createTopicAction, allowed: ["ADMIN", "OFFICIAL"],
    form: () => ({ kind: "LAW", name: "Giao thông" }) },
  // Forum. Officials moderate everything; a cadre answers, notes and asks for help on the questions
  // of their commune and those assigned to it; nobody without an account does any of it.
  { name: "forum: publish a question (own commune)", action: forum.publishQuestionAction, allowed: ["ADMIN", "OFFICIAL"],
    form: (ids) => ({ id: ids.qOwnNew, publicBody: "Câu hỏi đã duyệt" }) },
  { name: "forum: reject a question (own commune)", action: forum.rejectQuestionAction, allowed: ["ADMIN", "OFFICIAL"],
    form: (ids) => ({ id: ids.qOwnNew, reason: "Trùng lặp" }) },
  { name: "forum: edit the published text (own commune)", action: forum.editTextAction, allowed: ["ADMIN", "OFFICIAL"],
    form: (ids) => ({ id: ids.qOwnOpen, publicBody: "Nội dung đã sửa" }) },
  { name: "forum: assign a question (own commune)", action: forum.assignQuestionAction, allowed: ["ADMIN", "OFFICIAL"],
    form: (ids) => ({ id: ids.qOwnOpen, assignedCommuneId: ids.own, assigneeId: "" }) },
  { name: "forum: merge a duplicate (own commune)", action: forum.mergeQuestionAction, allowed: ["ADMIN", "OFFICIAL"],
    form: (ids) => ({ id: ids.qOwnOpen, target: ids.qOwnAnsweredNumber }) },
  { name: "forum: answer (own commune)", action: forum.answerQuestionAction, allowed: ["ADMIN", "OFFICIAL", "COMMUNE_CADRE"],
    form: (ids) => ({ id: ids.qOwnOpen, body: "Trả lời", unitName: "UBND xã Minh Dân" }) },
  { name: "forum: answer (other commune)", action: forum.answerQuestionAction, allowed: ["ADMIN", "OFFICIAL"],
    form: (ids) => ({ id: ids.qOtherOpen, body: "Trả lời", unitName: "UBND xã Minh Dân" }) },
  { name: "forum: answer (other commune, assigned to own)", action: forum.answerQuestionAction, allowed: ["ADMIN", "OFFICIAL", "COMMUNE_CADRE"],
    form: (ids) => ({ id: ids.qOtherAssigned, body: "Trả lời", unitName: "UBND xã Minh Dân" }) },
  { name: "forum: edit an answer (own commune)", action: forum.editAnswerAction, allowed: ["ADMIN", "OFFICIAL", "COMMUNE_CADRE"],
    form: (ids) => ({ id: ids.qOwnAnswered, body: "Trả lời đã sửa", unitName: "UBND xã Minh Dân" }) },
  { name: "forum: edit an answer (other commune)", action: forum.editAnswerAction, allowed: ["ADMIN", "OFFICIAL"],
    form: (ids) => ({ id: ids.qOtherAnswered, body: "Trả lời đã sửa", unitName: "UBND xã Minh Dân" }) },
  { name: "forum: close (own commune)", action: forum.closeQuestionAction, allowed: ["ADMIN", "OFFICIAL", "COMMUNE_CADRE"],
    form: (ids) => ({ id: ids.qOwnAnswered }) },
  { name: "forum: close (other commune)", action: forum.closeQuestionAction, allowed: ["ADMIN", "OFFICIAL"],
    form: (ids) => ({ id: ids.qOtherAnswered }) },
  { name: "forum: internal note (own commune)", action: forum.addNoteAction, allowed: ["ADMIN", "OFFICIAL", "COMMUNE_CADRE"],
    form: (ids) => ({ id: ids.qOwnNew, body: "Ghi chú" }) },
  { name: "forum: internal note (other commune)", action: forum.addNoteAction, allowed: ["ADMIN", "OFFICIAL"],
    form: (ids) => ({ id: ids.qOtherOpen, body: "Ghi chú" }) },
  { name: "forum: ask the province for help (own commune)", action: forum.requestHelpAction, allowed: ["ADMIN", "OFFICIAL", "COMMUNE_CADRE"],
    form: (ids) => ({ id: ids.qOwnOpen, body: "Cần giúp" }) },
  { name: "forum: ask the province for help (other commune)", action: forum.requestHelpAction, allowed: ["ADMIN", "OFFICIAL"],
    form: (ids) => ({ id: ids.qOtherOpen, body: "Cần giúp" }) },
  { name: "forum: enter a question for a resident (own commune)", action: forum.submitOnBehalfAction, allowed: ["ADMIN", "OFFICIAL", "COMMUNE_CADRE"],
    form: (ids) => ({ body: "Bà con hỏi về hỗ trợ giống cây", topic: "AGRICULTURE", communeId: ids.own, onBehalfNote: "Người có uy tín thôn 1" }) },
  { name: "forum: enter a question for a resident (other commune)", action: forum.submitOnBehalfAction, allowed: ["ADMIN", "OFFICIAL"],
    form: (ids) => ({ body: "Bà con hỏi về hỗ trợ giống cây", topic: "AGRICULTURE", communeId: ids.other, onBehalfNote: "Người có uy tín thôn 1" }) },
  // Library. Everyone in the back office contributes; a cadre changes only their own drafts
  // ("own" here is the cadre's own item, "other" an official's), and never publishes.
  { name: "contribute a library item", action: library.createLibraryItemAction, allowed: ["ADMIN", "OFFICIAL", "COMMUNE_CADRE"],
    form: (ids) => ({ type: "AUDIO", topic: "LANGUAGE", access: "PUBLIC", itemLanguages: "tyz", groupIds: ids.tay, title: "Bản ghi", description: "Mô tả" }) },
  { name: "edit a library draft's text (own)", action: library.saveLibraryTranslationAction, allowed: ["ADMIN", "OFFICIAL", "COMMUNE_CADRE"],
    form: (ids) => ({ itemId: ids.libOwnDraft, locale: "vi", title: "Sửa", description: "Mô tả", transcript: "Lời" }) },
  { name: "edit a library draft's text (other's)", action: library.saveLibraryTranslationAction, allowed: ["ADMIN", "OFFICIAL"],
    form: (ids) => ({ itemId: ids.libOtherDraft, locale: "vi", title: "Sửa", description: "Mô tả" }) },
  { name: "edit a library draft's settings (other's)", action: library.updateLibraryItemAction, allowed: ["ADMIN", "OFFICIAL"],
    form: (ids) => ({ id: ids.libOtherDraft, type: "AUDIO", topic: "CULTURE", access: "PUBLIC", itemLanguages: "ium", groupIds: "" }) },
  { name: "remove a file of a library draft (other's)", action: library.removeLibraryFileAction, allowed: ["ADMIN", "OFFICIAL"],
    form: (ids) => ({ fileId: ids.libOtherFile }) },
  { name: "submit a library draft (own)", action: library.submitLibraryItemAction, allowed: ["ADMIN", "OFFICIAL", "COMMUNE_CADRE"],
    form: (ids) => ({ id: ids.libOwnDraft }) },
  { name: "submit a library draft (other's)", action: library.submitLibraryItemAction, allowed: ["ADMIN", "OFFICIAL"],
    form: (ids) => ({ id: ids.libOtherDraft }) },
  { name: "publish a library item (crafted request)", action: library.publishLibraryItemAction, allowed: ["ADMIN", "OFFICIAL"],
    form: (ids) => ({ id: ids.libInReview }) },
  { name: "return a library item in review", action: library.returnLibraryItemAction, allowed: ["ADMIN", "OFFICIAL"],
    form: (ids) => ({ id: ids.libInReview, comment: "Sửa lại" }) },
  { name: "unpublish a library item", action: library.unpublishLibraryItemAction, allowed: ["ADMIN", "OFFICIAL"],
    form: (ids) => ({ id: ids.libPublished }) },
  // Product showcase. A cadre manages producers and products of their own commune only.
  { name: "add a producer (own commune)", action: products.saveProducerAction, allowed: ["ADMIN", "OFFICIAL", "COMMUNE_CADRE"],
    form: (ids) => ({ name: "HTX Mới", kind: "COOPERATIVE", communeId: ids.own, phone: "0912 345 678" }) },
  { name: "add a producer (other commune)", action: products.saveProducerAction, allowed: ["ADMIN", "OFFICIAL"],
    form: (ids) => ({ name: "HTX Mới", kind: "COOPERATIVE", communeId: ids.other }) },
  { name: "edit a producer (other commune)", action: products.saveProducerAction, allowed: ["ADMIN", "OFFICIAL"],
    form: (ids) => ({ id: ids.otherProducer, name: "Đã sửa", kind: "HOUSEHOLD", communeId: ids.other }) },
  { name: "move own producer to another commune (crafted request)", action: products.saveProducerAction, allowed: ["ADMIN", "OFFICIAL"],
    form: (ids) => ({ id: ids.ownProducer, name: "Đã sửa", kind: "HOUSEHOLD", communeId: ids.other }) },
  { name: "publish a producer (other commune)", action: products.setProducerPublishedAction, allowed: ["ADMIN", "OFFICIAL"],
    form: (ids) => ({ id: ids.otherProducer, published: "false" }) },
  { name: "add a product (own commune)", action: products.createProductAction, allowed: ["ADMIN", "OFFICIAL", "COMMUNE_CADRE"],
    form: (ids) => ({ producerId: ids.ownProducer, category: "FOOD", name: "Sản phẩm mới", description: "Mô tả" }) },
  { name: "add a product (other commune)", action: products.createProductAction, allowed: ["ADMIN", "OFFICIAL"],
    form: (ids) => ({ producerId: ids.otherProducer, category: "FOOD", name: "Sản phẩm mới", description: "Mô tả" }) },
  { name: "edit a product (own commune)", action: products.updateProductSettingsAction, allowed: ["ADMIN", "OFFICIAL", "COMMUNE_CADRE"],
    form: (ids) => ({ id: ids.ownProduct, producerId: ids.ownProducer, category: "HERBAL", priceMin: "1000", priceMax: "2000" }) },
  { name: "edit a product (other commune)", action: products.updateProductSettingsAction, allowed: ["ADMIN", "OFFICIAL"],
    form: (ids) => ({ id: ids.otherProduct, producerId: ids.otherProducer, category: "HERBAL" }) },
  { name: "move own product to another commune's producer (crafted request)", action: products.updateProductSettingsAction, allowed: ["ADMIN", "OFFICIAL"],
    form: (ids) => ({ id: ids.ownProduct, producerId: ids.otherProducer, category: "FOOD" }) },
  { name: "edit a product's English text (own commune)", action: products.saveProductTranslationAction, allowed: ["ADMIN", "OFFICIAL", "COMMUNE_CADRE"],
    form: (ids) => ({ productId: ids.ownProduct, locale: "en", name: "Tea", description: "Good tea" }) },
  { name: "edit a product's text (other commune)", action: products.saveProductTranslationAction, allowed: ["ADMIN", "OFFICIAL"],
    form: (ids) => ({ productId: ids.otherProduct, locale: "vi", name: "Sửa", description: "Sửa" }) },
  { name: "unpublish a product (own commune)", action: products.setProductPublishedAction, allowed: ["ADMIN", "OFFICIAL", "COMMUNE_CADRE"],
    form: (ids) => ({ id: ids.ownProduct, published: "false" }) },
  { name: "unpublish a product (other commune)", action: products.setProductPublishedAction, allowed: ["ADMIN", "OFFICIAL"],
    form: (ids) => ({ id: ids.otherProduct, published: "false" }) },
  { name: "reorder a product's photos (other commune)", action: products.movePhotoAction, allowed: ["ADMIN", "OFFICIAL"],
    form: (ids) => ({ id: ids.otherPhoto, direction: "up" }) },
  { name: "choose a product's cover (own commune)", action: products.chooseCoverAction, allowed: ["ADMIN", "OFFICIAL", "COMMUNE_CADRE"],
    form: (ids) => ({ id: ids.ownPhoto }) },
  { name: "choose a product's cover (other commune)", action: products.chooseCoverAction, allowed: ["ADMIN", "OFFICIAL"],
    form: (ids) => ({ id: ids.otherPhoto }) },
  { name: "remove a product photo (other commune)", action: products.removePhotoAction, allowed: ["ADMIN", "OFFICIAL"],
    form: (ids) => ({ id: ids.otherPhoto }) },
];

async function fingerprint() {
  const rows = await Promise.all([
    db.auditLog.count(),
    db.user.findMany({ orderBy: { id: "asc" }, select: { id: true, name: true, active: true, passwordHash: true, role: true } }),
    db.adminUnit.findMany({ orderBy: { id: "asc" }, select: { id: true, code: true, fullName: true } }),
    db.ethnicGroup.findMany({ orderBy: { id: "asc" }, select: { id: true, code: true } }),
    db.setting.findMany(),
    db.observation.findMany({ orderBy: { id: "asc" }, select: { id: true, value: true } }),
    db.indicator.count(),
    db.prestigiousPerson.findMany({ orderBy: { id: "asc" }, select: { id: true, name: true } }),
    db.article.findMany({ orderBy: { id: "asc" }, select: { id: true, kind: true, state: true, communeId: true, publishAt: true, deletedAt: true, reviewComment: true } }),
    db.articleTranslation.findMany({ orderBy: { id: "asc" }, select: { id: true, title: true } }),
    db.articleTopic.count(),
    db.forumQuestion.findMany({ orderBy: { id: "asc" }, select: { id: true, state: true, publicBody: true, assignedCommuneId: true, assigneeId: true, helpRequestedAt: true, mergedIntoId: true, rejectionReason: true, publishedAt: true } }),
    db.forumAnswer.findMany({ orderBy: { id: "asc" }, select: { id: true, body: true, editedAt: true } }),
    db.forumNote.count(),
    db.libraryItem.findMany({ orderBy: { id: "asc" }, select: { id: true, state: true, topic: true, itemLanguages: true } }),
    db.libraryItemTranslation.findMany({ orderBy: { id: "asc" }, select: { id: true, title: true } }),
    db.libraryFile.count(),
    db.producer.findMany({ orderBy: { id: "asc" }, select: { id: true, name: true, communeId: true, published: true } }),
    db.product.findMany({ orderBy: { id: "asc" }, select: { id: true, producerId: true, category: true, published: true, priceMin: true } }),
    db.productTranslation.findMany({ orderBy: { id: "asc" }, select: { id: true, name: true } }),
    db.showcasePhoto.findMany({ orderBy: { id: "asc" }, select: { id: true, sortOrder: true, isCover: true } }),
  ]);
  return JSON.stringify(rows);
}

async function invoke(action: Case["action"], fields: Record<string, string> | [string, string][]): Promise<FormState> {
  const form = new FormData();
  for (const [key, value] of Array.isArray(fields) ? fields : Object.entries(fields)) form.append(key, value);
  try {
    return await action({}, form);
  } catch (error) {
    if ((error as { redirectTo?: string }).redirectTo) return { ok: true };
    throw error;
  }
}

/**
 * The same action with one value of the cadre's own commune swapped for another commune's, as a
 * crafted request sends it: a duplicated field carries the foreign value after the own one.
 */
function foreignTwin(ids: Ids): Map<string, string> {
  const pairs: [keyof Ids, keyof Ids][] = [
    ["own", "other"], ["ownVillage", "otherVillage"], ["ownPerson", "otherPerson"], ["ownUpdate", "otherUpdate"],
    ["qOwnOpen", "qOtherOpen"], ["qOwnAnswered", "qOtherAnswered"], ["libOwnDraft", "libOtherDraft"],
    ["ownProducer", "otherProducer"], ["ownProduct", "otherProduct"], ["ownPhoto", "otherPhoto"],
  ];
  return new Map(pairs.map(([own, other]) => [ids[own], ids[other]]));
}

/** Crafted requests beyond the matrix: each refused for the cadre of Minh Dân, changing nothing. */
type Crafted = { name: string; action: Case["action"]; form: (ids: Ids) => [string, string][]; formError: string };
const CRAFTED: Crafted[] = [
  // The reported attack: the cadre's own village first (the permission read it), the target last (the write used it).
  { name: "rename another commune behind the cadre's own village (two id fields)", action: updateUnitAction, formError: "form.badRequest",
    form: (ids) => [["id", ids.ownVillage], ["code", "DEMO-02"], ["name", "Thượng Lâm"], ["fullName", "Xã bị đổi tên"], ["id", ids.other]] },
  { name: "the same with the target first", action: updateUnitAction, formError: "form.badRequest",
    form: (ids) => [["id", ids.other], ["id", ids.ownVillage], ["code", "DEMO-02"], ["name", "Thượng Lâm"], ["fullName", "Xã bị đổi tên"]] },
  { name: "recode the province (its code is the CAP geocode)", action: updateUnitAction, formError: "form.forbidden",
    form: (ids) => [["id", ids.province], ["code", "VN-99"], ["name", "Tuyên Quang"], ["fullName", "Tỉnh Tuyên Quang"]] },
  { name: "add a village with the own commune then another in a second communeId", action: createVillageAction, formError: "form.badRequest",
    form: (ids) => [["communeId", ids.own], ["code", "DEMO-02-88"], ["name", "Thôn 88"], ["fullName", "Thôn 88"], ["communeId", ids.other]] },
  { name: "own commune's grid with a cell of another commune's village", action: saveGridAction, formError: "form.invalid",
    form: (ids) => [["communeId", ids.own], ["year", "2031"], ["groupKey", "ALL"], [`v.${ids.otherVillage}.${ids.pop}`, "640"]] },
  { name: "move the cadre's own prestigious person to another commune's village", action: savePrestigiousPersonAction, formError: "form.forbidden",
    form: (ids) => [["id", ids.ownPerson], ["name", "Đã sửa"], ["groupId", ids.group], ["villageId", ids.otherVillage], ["role", "Già làng"], ["yearRecognised", "2024"]] },
  { name: "edit another commune's prestigious person through an own village", action: savePrestigiousPersonAction, formError: "form.forbidden",
    form: (ids) => [["id", ids.otherPerson], ["name", "Đã sửa"], ["groupId", ids.group], ["villageId", ids.ownVillage], ["role", "Già làng"], ["yearRecognised", "2024"]] },
  { name: "answer an own question with another commune's question id in a second field", action: forum.answerQuestionAction, formError: "form.badRequest",
    form: (ids) => [["id", ids.qOwnOpen], ["body", "Trả lời"], ["unitName", "UBND xã Minh Dân"], ["id", ids.qOtherOpen]] },
  { name: "another commune's product photo as cover of an own product", action: products.chooseCoverAction, formError: "form.forbidden",
    form: (ids) => [["id", ids.otherPhoto]] },
];

/** An empty database with the demo reference data and, for each action, its own and foreign targets. */
async function seedMatrix(): Promise<Ids> {
  await resetDatabase();
  await seedBase();
  await seedDataset(db);
  const person = (slug: string) => db.prestigiousPerson.findFirstOrThrow({ where: { commune: { slug } }, select: { id: true } });
  const ids: Ids = {
    own: (await communeBySlug("minh-dan")).id,
    other: (await communeBySlug("thuong-lam")).id,
    ownVillage: (await communeBySlug("minh-dan-thon-1")).id,
    otherVillage: (await communeBySlug("thuong-lam-thon-1")).id,
    target: (await userByEmail("official@demo.local")).id,
    group: (await db.ethnicGroup.findUniqueOrThrow({ where: { name: "Giáy" } })).id,
    pop: (await db.indicator.findUniqueOrThrow({ where: { code: "POP" } })).id,
    ownPerson: (await person("minh-dan")).id,
    otherPerson: (await person("thuong-lam")).id,
    province: (await db.adminUnit.findFirstOrThrow({ where: { level: "PROVINCE" } })).id,
    policyDraft: "", ownUpdate: "", otherUpdate: "", inReview: "", published: "",
    qOwnNew: "", qOwnOpen: "", qOtherOpen: "", qOwnAnswered: "", qOwnAnsweredNumber: "", qOtherAnswered: "", qOtherAssigned: "",
    libOwnDraft: "", libOtherDraft: "", libOtherFile: "", libInReview: "", libPublished: "",
    tay: (await db.ethnicGroup.findUniqueOrThrow({ where: { name: "Tày" } })).id,
    ownProducer: "", otherProducer: "", ownProduct: "", otherProduct: "", ownPhoto: "", otherPhoto: "",
  };
  const cadreId = (await userByEmail("cadre.minhdan@demo.local")).id;
  const officialId = (await userByEmail("official@demo.local")).id;
  ids.libOwnDraft = (await makeLibraryItem({ authorId: cadreId })).id;
  ids.libOtherDraft = (await makeLibraryItem({ authorId: officialId })).id;
  ids.libOtherFile = (await db.libraryFile.findFirstOrThrow({ where: { itemId: ids.libOtherDraft } })).id;
  ids.libInReview = (await makeLibraryItem({ authorId: cadreId, state: "IN_REVIEW" })).id;
  ids.libPublished = (await makeLibraryItem({ authorId: officialId, state: "PUBLISHED" })).id;
  ids.policyDraft = (await makeArticle({ kind: "POLICY", communeId: ids.own })).id;
  ids.ownUpdate = (await makeArticle({ kind: "COMMUNE_UPDATE", communeId: ids.own })).id;
  ids.otherUpdate = (await makeArticle({ kind: "COMMUNE_UPDATE", communeId: ids.other })).id;
  ids.inReview = (await makeArticle({ kind: "COMMUNE_UPDATE", communeId: ids.own, state: "IN_REVIEW" })).id;
  ids.published = (await makeArticle({ kind: "POLICY", state: "PUBLISHED" })).id;
  ids.qOwnNew = (await makeQuestion({ communeId: ids.own })).id;
  ids.qOwnOpen = (await makeQuestion({ communeId: ids.own, state: "PUBLISHED" })).id;
  ids.qOtherOpen = (await makeQuestion({ communeId: ids.other, state: "PUBLISHED" })).id;
  const ownAnswered = await makeQuestion({ communeId: ids.own, state: "ANSWERED", answer: "Trả lời" });
  ids.qOwnAnswered = ownAnswered.id;
  ids.qOwnAnsweredNumber = String(ownAnswered.number);
  ids.qOtherAnswered = (await makeQuestion({ communeId: ids.other, state: "ANSWERED", answer: "Trả lời" })).id;
  ids.qOtherAssigned = (await makeQuestion({ communeId: ids.other, state: "PUBLISHED", assignedCommuneId: ids.own })).id;
  ids.ownProducer = (await makeProducer({ communeId: ids.own })).id;
  ids.otherProducer = (await makeProducer({ communeId: ids.other })).id;
  ids.ownProduct = (await makeProduct({ producerId: ids.ownProducer })).id;
  ids.otherProduct = (await makeProduct({ producerId: ids.otherProducer })).id;
  const photo = async (productId: string, n: number) => {
    const media = await db.mediaFile.create({ data: { kind: "IMAGE", mimeType: "image/webp", storageKey: `img/matrix/${productId}-${n}`, size: 1, variants: [] } });
    return db.showcasePhoto.create({ data: { productId, mediaId: media.id, sortOrder: n, isCover: n === 0 } });
  };
  await photo(ids.ownProduct, 0);
  await photo(ids.otherProduct, 0);
  ids.ownPhoto = (await photo(ids.ownProduct, 1)).id;
  ids.otherPhoto = (await photo(ids.otherProduct, 1)).id;
  return ids;
}

describe("authorization matrix (server actions × roles × communes)", () => {
  let ids: Ids;
  beforeEach(async () => {
    ids = await seedMatrix();
  });

  for (const testCase of CASES) {
    for (const role of ROLES) {
      const allowed = testCase.allowed.includes(role);
      it(`${testCase.name} · ${role} → ${allowed ? "allowed" : "refused"}`, async () => {
        state.viewer = role === "ANONYMOUS" ? null : await userByEmail(VIEWER_EMAIL[role]);
        const before = await fingerprint();
        const result = await invoke(testCase.action, testCase.form(ids));
        if (allowed) {
          expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
          expect(await fingerprint()).not.toBe(before);
          expect(await db.auditLog.count({ where: { actorId: state.viewer!.id } })).toBeGreaterThan(0);
        } else {
          expect(result).toMatchObject({ ok: false, code: "forbidden", formError: "form.forbidden" });
          expect(await fingerprint()).toBe(before);
        }
      });
    }
  }
});

// Crafted requests must all be refused and change nothing (each checks the fingerprint), so one
// seeded database serves them all.
describe("crafted requests (duplicated fields, foreign ids in hidden fields, another commune's rows)", () => {
  let ids: Ids;
  beforeAll(async () => {
    ids = await seedMatrix();
  });

  // Every action, with every field sent twice (the second time with the other commune's value
  // where there is one): refused as a bad request, whoever asks, before anything is decided.
  for (const testCase of CASES) {
    const role: Role = testCase.allowed.includes("COMMUNE_CADRE") ? "COMMUNE_CADRE" : testCase.allowed[0]!;
    it(`${testCase.name} · ${role} · every field twice → bad request`, async () => {
      state.viewer = await userByEmail(VIEWER_EMAIL[role as Exclude<Role, "ANONYMOUS">]);
      const twin = foreignTwin(ids);
      const fields = Object.entries(testCase.form(ids));
      const doubled = [...fields, ...fields.map(([key, value]): [string, string] => [key, twin.get(value) ?? value])];
      const before = await fingerprint();
      expect(await invoke(testCase.action, doubled)).toMatchObject({ ok: false, code: "invalid", formError: "form.badRequest" });
      expect(await fingerprint()).toBe(before);
    });
  }

  for (const crafted of CRAFTED) {
    it(`crafted: ${crafted.name} · COMMUNE_CADRE → refused`, async () => {
      state.viewer = await userByEmail(VIEWER_EMAIL.COMMUNE_CADRE);
      const before = await fingerprint();
      expect(await invoke(crafted.action, crafted.form(ids))).toMatchObject({ ok: false, formError: crafted.formError });
      expect(await fingerprint()).toBe(before);
    });
  }
});
