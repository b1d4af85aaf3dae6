/* eslint-disable max-lines -- the model matrix's case table: one row per action, read as a table */
/**
 * The model matrix's cases (tests/db/authorization.test.ts): every protected back-office action
 * of users, settings, units, the dataset, articles, the forum, the library and the showcase ×
 * every role × own/other commune, with the audit action each allowed run writes; the crafted
 * requests beyond it; the seed with each case's own and foreign targets.
 */
import "./harness"; // its mocks before any action is imported
import { createUserAction, resetPasswordAction, setUserActiveAction, updateUserAction } from "@/lib/users/actions";
import { saveSettingsAction } from "@/lib/settings/actions";
import { updateEthnicGroupAction } from "@/lib/ethnic-groups/actions";
import { createVillageAction, updateUnitAction } from "@/lib/units/actions";
import { changeOwnPassword } from "@/lib/auth/actions";
import { saveGridAction, saveIndicatorAction, savePrestigiousPersonAction, deletePrestigiousPersonAction } from "@/lib/dataset/actions";
import * as articles from "@/lib/articles/actions";
import * as forum from "@/lib/forum/actions";
import * as library from "@/lib/library/actions";
import * as products from "@/lib/products/actions";
import { seedDataset } from "@/prisma/seed/dataset";
import { makeArticle } from "../articles/fixtures";
import { makeQuestion } from "../forum/fixtures";
import { communeBySlug, db, resetDatabase, seedBase, userByEmail } from "../helpers";
import { makeLibraryItem } from "../library/fixtures";
import { makeProduct, makeProducer } from "../products/fixtures";
import type { Action, Matrix, MatrixCase } from "./harness";

export type Ids = {
  own: string;
  other: string;
  ownVillage: string;
  otherVillage: string;
  target: string;
  group: string;
  pop: string;
  ownPerson: string;
  otherPerson: string;
  province: string;
  /** Articles: drafts of a policy, of the cadre's commune news and of another commune's; one in review; one published. */
  policyDraft: string;
  ownUpdate: string;
  otherUpdate: string;
  inReview: string;
  published: string;
  /** Forum: questions of the cadre's commune and of another, sent, published, answered; one of another commune assigned to the cadre's. */
  qOwnNew: string;
  qOwnOpen: string;
  qOtherOpen: string;
  qOwnAnswered: string;
  qOwnAnsweredNumber: string;
  qOtherAnswered: string;
  qOtherAssigned: string;
  /** Library: the cadre's draft, an official's draft (both with a file), one in review, one published. */
  libOwnDraft: string;
  libOtherDraft: string;
  libOtherFile: string;
  libInReview: string;
  libPublished: string;
  tay: string;
  /** Showcase: a producer, a product and a photo (second of two) in the cadre's commune and in another. */
  ownProducer: string;
  otherProducer: string;
  ownProduct: string;
  otherProduct: string;
  ownPhoto: string;
  otherPhoto: string;
};

type Case = MatrixCase<Ids>;

export const CASES: Case[] = [
  {
    name: "create a user",
    audit: "user.created",
    action: createUserAction,
    allowed: ["ADMIN"],
    form: () => ({ email: "matrix@demo.local", name: "Matrix", role: "OFFICIAL", communeId: "", password: "Matkhau2026" }),
  },
  {
    name: "edit a user",
    audit: "user.updated",
    action: updateUserAction,
    allowed: ["ADMIN"],
    form: (ids) => ({ id: ids.target, email: "official@demo.local", name: "Đã sửa", role: "OFFICIAL", communeId: "" }),
  },
  {
    name: "deactivate a user",
    audit: "user.deactivated",
    action: setUserActiveAction,
    allowed: ["ADMIN"],
    form: (ids) => ({ id: ids.target, active: "false" }),
  },
  {
    name: "reset a password",
    audit: "user.passwordReset",
    action: resetPasswordAction,
    allowed: ["ADMIN"],
    form: (ids) => ({ id: ids.target, password: "Moi2026abc" }),
  },
  {
    name: "change settings",
    audit: "settings.updated",
    action: saveSettingsAction,
    allowed: ["ADMIN"],
    form: () => ({ address: "Địa chỉ mới" }),
  },
  {
    name: "edit an ethnic group",
    audit: "ethnicGroup.updated",
    action: updateEthnicGroupAction,
    allowed: ["ADMIN"],
    form: (ids) => ({ id: ids.group, code: "24", name: "Giáy", altNames: "", nameEn: "Giay" }),
  },
  {
    name: "edit a commune (own)",
    audit: "unit.updated",
    action: updateUnitAction,
    allowed: ["ADMIN", "OFFICIAL"],
    form: (ids) => ({ id: ids.own, code: "DEMO-01", name: "Minh Dân", fullName: "Xã Minh Dân (sửa)" }),
  },
  {
    name: "edit a commune (other)",
    audit: "unit.updated",
    action: updateUnitAction,
    allowed: ["ADMIN", "OFFICIAL"],
    form: (ids) => ({ id: ids.other, code: "DEMO-02", name: "Thượng Lâm", fullName: "Xã Thượng Lâm (sửa)" }),
  },
  {
    name: "add a village (own commune)",
    audit: "unit.created",
    action: createVillageAction,
    allowed: ["ADMIN", "OFFICIAL", "COMMUNE_CADRE"],
    form: (ids) => ({ communeId: ids.own, code: "DEMO-01-77", name: "Thôn 77", fullName: "Thôn 77" }),
  },
  {
    name: "add a village (other commune)",
    audit: "unit.created",
    action: createVillageAction,
    allowed: ["ADMIN", "OFFICIAL"],
    form: (ids) => ({ communeId: ids.other, code: "DEMO-02-77", name: "Thôn 77", fullName: "Thôn 77" }),
  },
  {
    name: "edit a village (own commune)",
    audit: "unit.updated",
    action: updateUnitAction,
    allowed: ["ADMIN", "OFFICIAL", "COMMUNE_CADRE"],
    form: (ids) => ({ id: ids.ownVillage, code: "DEMO-01-01", name: "Thôn 1", fullName: "Thôn Một" }),
  },
  {
    name: "edit a village (other commune)",
    audit: "unit.updated",
    action: updateUnitAction,
    allowed: ["ADMIN", "OFFICIAL"],
    form: (ids) => ({ id: ids.otherVillage, code: "DEMO-02-01", name: "Thôn 1", fullName: "Thôn Một" }),
  },
  {
    name: "save dataset figures (own commune)",
    audit: "observation.saved",
    action: saveGridAction,
    allowed: ["ADMIN", "OFFICIAL", "COMMUNE_CADRE"],
    form: (ids) => ({ communeId: ids.own, year: "2031", groupKey: "ALL", [`v.${ids.ownVillage}.${ids.pop}`]: "640" }),
  },
  {
    name: "save dataset figures (other commune)",
    audit: "observation.saved",
    action: saveGridAction,
    allowed: ["ADMIN", "OFFICIAL"],
    form: (ids) => ({ communeId: ids.other, year: "2031", groupKey: "ALL", [`v.${ids.otherVillage}.${ids.pop}`]: "640" }),
  },
  {
    name: "add an indicator",
    audit: "indicator.created",
    action: saveIndicatorAction,
    allowed: ["ADMIN", "OFFICIAL"],
    form: () => ({ code: "NEW_IND", nameVi: "Chỉ tiêu mới", unitVi: "hộ", valueType: "COUNT", aggregation: "SUM" }),
  },
  {
    name: "add a prestigious person (own commune)",
    audit: "prestigiousPerson.created",
    action: savePrestigiousPersonAction,
    allowed: ["ADMIN", "OFFICIAL", "COMMUNE_CADRE"],
    form: (ids) => ({ name: "Hoàng Văn A", groupId: ids.group, villageId: ids.ownVillage, role: "Già làng", yearRecognised: "2024" }),
  },
  {
    name: "add a prestigious person (other commune)",
    audit: "prestigiousPerson.created",
    action: savePrestigiousPersonAction,
    allowed: ["ADMIN", "OFFICIAL"],
    form: (ids) => ({ name: "Hoàng Văn B", groupId: ids.group, villageId: ids.otherVillage, role: "Già làng", yearRecognised: "2024" }),
  },
  {
    name: "edit a prestigious person (other commune)",
    audit: "prestigiousPerson.updated",
    action: savePrestigiousPersonAction,
    allowed: ["ADMIN", "OFFICIAL"],
    form: (ids) => ({
      id: ids.otherPerson,
      name: "Đã sửa",
      groupId: ids.group,
      villageId: ids.otherVillage,
      role: "Già làng",
      yearRecognised: "2024",
    }),
  },
  {
    name: "remove a prestigious person (own commune)",
    audit: "prestigiousPerson.deleted",
    action: deletePrestigiousPersonAction,
    allowed: ["ADMIN", "OFFICIAL", "COMMUNE_CADRE"],
    form: (ids) => ({ id: ids.ownPerson }),
  },
  {
    name: "remove a prestigious person (other commune)",
    audit: "prestigiousPerson.deleted",
    action: deletePrestigiousPersonAction,
    allowed: ["ADMIN", "OFFICIAL"],
    form: (ids) => ({ id: ids.otherPerson }),
  },
  {
    name: "change one's own password",
    audit: "user.passwordChanged",
    action: changeOwnPassword,
    allowed: ["ADMIN", "OFFICIAL", "COMMUNE_CADRE"],
    form: () => ({ currentPassword: "Demo@2026", newPassword: "Moi2026abc", confirmPassword: "Moi2026abc" }),
  },
  // Articles. A cadre reaches only commune news of their own commune, and never publishes.
  {
    name: "write a policy article",
    audit: "article.created",
    action: articles.createArticleAction,
    allowed: ["ADMIN", "OFFICIAL"],
    form: (ids) => ({ kind: "POLICY", communeId: ids.own, title: "Chính sách mới", summary: "S", body: "B" }),
  },
  {
    name: "write commune news (own commune)",
    audit: "article.created",
    action: articles.createArticleAction,
    allowed: ["ADMIN", "OFFICIAL", "COMMUNE_CADRE"],
    form: (ids) => ({ kind: "COMMUNE_UPDATE", communeId: ids.own, title: "Tin xã", summary: "S", body: "B" }),
  },
  {
    name: "write commune news (other commune)",
    audit: "article.created",
    action: articles.createArticleAction,
    allowed: ["ADMIN", "OFFICIAL"],
    form: (ids) => ({ kind: "COMMUNE_UPDATE", communeId: ids.other, title: "Tin xã khác", summary: "S", body: "B" }),
  },
  {
    name: "edit a policy draft's text",
    audit: "article.translationSaved",
    action: articles.saveTranslationAction,
    allowed: ["ADMIN", "OFFICIAL"],
    form: (ids) => ({ articleId: ids.policyDraft, locale: "vi", title: "Sửa", summary: "S", body: "B" }),
  },
  {
    name: "edit commune news text (own commune)",
    audit: "article.translationSaved",
    action: articles.saveTranslationAction,
    allowed: ["ADMIN", "OFFICIAL", "COMMUNE_CADRE"],
    form: (ids) => ({ articleId: ids.ownUpdate, locale: "en", title: "News", summary: "S", body: "B" }),
  },
  {
    name: "edit commune news text (other commune)",
    audit: "article.translationSaved",
    action: articles.saveTranslationAction,
    allowed: ["ADMIN", "OFFICIAL"],
    form: (ids) => ({ articleId: ids.otherUpdate, locale: "vi", title: "Sửa", summary: "S", body: "B" }),
  },
  {
    name: "turn own commune news into a policy article",
    audit: "article.updated",
    action: articles.updateArticleSettingsAction,
    allowed: ["ADMIN", "OFFICIAL"],
    form: (ids) => ({ id: ids.ownUpdate, kind: "POLICY", communeId: ids.own, topicId: "" }),
  },
  {
    name: "submit commune news (own commune)",
    audit: "article.submitted",
    action: articles.submitArticleAction,
    allowed: ["ADMIN", "OFFICIAL", "COMMUNE_CADRE"],
    form: (ids) => ({ id: ids.ownUpdate }),
  },
  {
    name: "submit commune news (other commune)",
    audit: "article.submitted",
    action: articles.submitArticleAction,
    allowed: ["ADMIN", "OFFICIAL"],
    form: (ids) => ({ id: ids.otherUpdate }),
  },
  {
    name: "publish a policy article (crafted request)",
    audit: "article.published",
    action: articles.publishArticleAction,
    allowed: ["ADMIN", "OFFICIAL"],
    form: (ids) => ({ id: ids.policyDraft }),
  },
  {
    name: "publish commune news (own commune)",
    audit: "article.published",
    action: articles.publishArticleAction,
    allowed: ["ADMIN", "OFFICIAL"],
    form: (ids) => ({ id: ids.ownUpdate, publishAt: "" }),
  },
  {
    name: "return an article in review",
    audit: "article.returned",
    action: articles.returnArticleAction,
    allowed: ["ADMIN", "OFFICIAL"],
    form: (ids) => ({ id: ids.inReview, comment: "Sửa lại" }),
  },
  {
    name: "withdraw an article",
    audit: "article.withdrawn",
    action: articles.withdrawArticleAction,
    allowed: ["ADMIN", "OFFICIAL"],
    form: (ids) => ({ id: ids.published, reason: "Đã cũ" }),
  },
  {
    name: "delete an article published in error",
    audit: "article.deleted",
    action: articles.deleteArticleAction,
    allowed: ["ADMIN", "OFFICIAL"],
    form: (ids) => ({ id: ids.published }),
  },
  {
    name: "add an article topic",
    audit: "articleTopic.created",
    action: articles.createTopicAction,
    allowed: ["ADMIN", "OFFICIAL"],
    form: () => ({ kind: "LAW", name: "Giao thông" }),
  },
  // Forum. Officials moderate everything; a cadre answers, notes and asks for help on the questions
  // of their commune and those assigned to it; nobody without an account does any of it.
  {
    name: "forum: publish a question (own commune)",
    audit: "forumQuestion.published",
    action: forum.publishQuestionAction,
    allowed: ["ADMIN", "OFFICIAL"],
    form: (ids) => ({ id: ids.qOwnNew, publicBody: "Câu hỏi đã duyệt" }),
  },
  {
    name: "forum: reject a question (own commune)",
    audit: "forumQuestion.rejected",
    action: forum.rejectQuestionAction,
    allowed: ["ADMIN", "OFFICIAL"],
    form: (ids) => ({ id: ids.qOwnNew, reason: "Trùng lặp" }),
  },
  {
    name: "forum: edit the published text (own commune)",
    audit: "forumQuestion.textEdited",
    action: forum.editTextAction,
    allowed: ["ADMIN", "OFFICIAL"],
    form: (ids) => ({ id: ids.qOwnOpen, publicBody: "Nội dung đã sửa" }),
  },
  {
    name: "forum: assign a question (own commune)",
    audit: "forumQuestion.assigned",
    action: forum.assignQuestionAction,
    allowed: ["ADMIN", "OFFICIAL"],
    form: (ids) => ({ id: ids.qOwnOpen, assignedCommuneId: ids.own, assigneeId: "" }),
  },
  {
    name: "forum: merge a duplicate (own commune)",
    audit: "forumQuestion.merged",
    action: forum.mergeQuestionAction,
    allowed: ["ADMIN", "OFFICIAL"],
    form: (ids) => ({ id: ids.qOwnOpen, target: ids.qOwnAnsweredNumber }),
  },
  {
    name: "forum: answer (own commune)",
    audit: "forumQuestion.answered",
    action: forum.answerQuestionAction,
    allowed: ["ADMIN", "OFFICIAL", "COMMUNE_CADRE"],
    form: (ids) => ({ id: ids.qOwnOpen, body: "Trả lời", unitName: "UBND xã Minh Dân" }),
  },
  {
    name: "forum: answer (other commune)",
    audit: "forumQuestion.answered",
    action: forum.answerQuestionAction,
    allowed: ["ADMIN", "OFFICIAL"],
    form: (ids) => ({ id: ids.qOtherOpen, body: "Trả lời", unitName: "UBND xã Minh Dân" }),
  },
  {
    name: "forum: answer (other commune, assigned to own)",
    audit: "forumQuestion.answered",
    action: forum.answerQuestionAction,
    allowed: ["ADMIN", "OFFICIAL", "COMMUNE_CADRE"],
    form: (ids) => ({ id: ids.qOtherAssigned, body: "Trả lời", unitName: "UBND xã Minh Dân" }),
  },
  {
    name: "forum: edit an answer (own commune)",
    audit: "forumQuestion.answerEdited",
    action: forum.editAnswerAction,
    allowed: ["ADMIN", "OFFICIAL", "COMMUNE_CADRE"],
    form: (ids) => ({ id: ids.qOwnAnswered, body: "Trả lời đã sửa", unitName: "UBND xã Minh Dân" }),
  },
  {
    name: "forum: edit an answer (other commune)",
    audit: "forumQuestion.answerEdited",
    action: forum.editAnswerAction,
    allowed: ["ADMIN", "OFFICIAL"],
    form: (ids) => ({ id: ids.qOtherAnswered, body: "Trả lời đã sửa", unitName: "UBND xã Minh Dân" }),
  },
  {
    name: "forum: close (own commune)",
    audit: "forumQuestion.closed",
    action: forum.closeQuestionAction,
    allowed: ["ADMIN", "OFFICIAL", "COMMUNE_CADRE"],
    form: (ids) => ({ id: ids.qOwnAnswered }),
  },
  {
    name: "forum: close (other commune)",
    audit: "forumQuestion.closed",
    action: forum.closeQuestionAction,
    allowed: ["ADMIN", "OFFICIAL"],
    form: (ids) => ({ id: ids.qOtherAnswered }),
  },
  {
    name: "forum: internal note (own commune)",
    audit: "forumQuestion.noteAdded",
    action: forum.addNoteAction,
    allowed: ["ADMIN", "OFFICIAL", "COMMUNE_CADRE"],
    form: (ids) => ({ id: ids.qOwnNew, body: "Ghi chú" }),
  },
  {
    name: "forum: internal note (other commune)",
    audit: "forumQuestion.noteAdded",
    action: forum.addNoteAction,
    allowed: ["ADMIN", "OFFICIAL"],
    form: (ids) => ({ id: ids.qOtherOpen, body: "Ghi chú" }),
  },
  {
    name: "forum: ask the province for help (own commune)",
    audit: "forumQuestion.helpRequested",
    action: forum.requestHelpAction,
    allowed: ["ADMIN", "OFFICIAL", "COMMUNE_CADRE"],
    form: (ids) => ({ id: ids.qOwnOpen, body: "Cần giúp" }),
  },
  {
    name: "forum: ask the province for help (other commune)",
    audit: "forumQuestion.helpRequested",
    action: forum.requestHelpAction,
    allowed: ["ADMIN", "OFFICIAL"],
    form: (ids) => ({ id: ids.qOtherOpen, body: "Cần giúp" }),
  },
  {
    name: "forum: enter a question for a resident (own commune)",
    audit: "forumQuestion.submittedOnBehalf",
    action: forum.submitOnBehalfAction,
    allowed: ["ADMIN", "OFFICIAL", "COMMUNE_CADRE"],
    form: (ids) => ({
      body: "Bà con hỏi về hỗ trợ giống cây",
      topic: "AGRICULTURE",
      communeId: ids.own,
      onBehalfNote: "Người có uy tín thôn 1",
    }),
  },
  {
    name: "forum: enter a question for a resident (other commune)",
    audit: "forumQuestion.submittedOnBehalf",
    action: forum.submitOnBehalfAction,
    allowed: ["ADMIN", "OFFICIAL"],
    form: (ids) => ({
      body: "Bà con hỏi về hỗ trợ giống cây",
      topic: "AGRICULTURE",
      communeId: ids.other,
      onBehalfNote: "Người có uy tín thôn 1",
    }),
  },
  // Library. Everyone in the back office contributes; a cadre changes only their own drafts
  // ("own" here is the cadre's own item, "other" an official's), and never publishes.
  {
    name: "contribute a library item",
    audit: "library.created",
    action: library.createLibraryItemAction,
    allowed: ["ADMIN", "OFFICIAL", "COMMUNE_CADRE"],
    form: (ids) => ({
      type: "AUDIO",
      topic: "LANGUAGE",
      access: "PUBLIC",
      itemLanguages: "tyz",
      groupIds: ids.tay,
      title: "Bản ghi",
      description: "Mô tả",
    }),
  },
  {
    name: "edit a library draft's text (own)",
    audit: "library.translationSaved",
    action: library.saveLibraryTranslationAction,
    allowed: ["ADMIN", "OFFICIAL", "COMMUNE_CADRE"],
    form: (ids) => ({ itemId: ids.libOwnDraft, locale: "vi", title: "Sửa", description: "Mô tả", transcript: "Lời" }),
  },
  {
    name: "edit a library draft's text (other's)",
    audit: "library.translationSaved",
    action: library.saveLibraryTranslationAction,
    allowed: ["ADMIN", "OFFICIAL"],
    form: (ids) => ({ itemId: ids.libOtherDraft, locale: "vi", title: "Sửa", description: "Mô tả" }),
  },
  {
    name: "edit a library draft's settings (other's)",
    audit: "library.updated",
    action: library.updateLibraryItemAction,
    allowed: ["ADMIN", "OFFICIAL"],
    form: (ids) => ({ id: ids.libOtherDraft, type: "AUDIO", topic: "CULTURE", access: "PUBLIC", itemLanguages: "ium", groupIds: "" }),
  },
  {
    name: "remove a file of a library draft (other's)",
    audit: "library.fileRemoved",
    action: library.removeLibraryFileAction,
    allowed: ["ADMIN", "OFFICIAL"],
    form: (ids) => ({ fileId: ids.libOtherFile }),
  },
  {
    name: "submit a library draft (own)",
    audit: "library.submitted",
    action: library.submitLibraryItemAction,
    allowed: ["ADMIN", "OFFICIAL", "COMMUNE_CADRE"],
    form: (ids) => ({ id: ids.libOwnDraft }),
  },
  {
    name: "submit a library draft (other's)",
    audit: "library.submitted",
    action: library.submitLibraryItemAction,
    allowed: ["ADMIN", "OFFICIAL"],
    form: (ids) => ({ id: ids.libOtherDraft }),
  },
  {
    name: "publish a library item (crafted request)",
    audit: "library.published",
    action: library.publishLibraryItemAction,
    allowed: ["ADMIN", "OFFICIAL"],
    form: (ids) => ({ id: ids.libInReview }),
  },
  {
    name: "return a library item in review",
    audit: "library.returned",
    action: library.returnLibraryItemAction,
    allowed: ["ADMIN", "OFFICIAL"],
    form: (ids) => ({ id: ids.libInReview, comment: "Sửa lại" }),
  },
  {
    name: "unpublish a library item",
    audit: "library.unpublished",
    action: library.unpublishLibraryItemAction,
    allowed: ["ADMIN", "OFFICIAL"],
    form: (ids) => ({ id: ids.libPublished }),
  },
  // Product showcase. A cadre manages producers and products of their own commune only.
  {
    name: "add a producer (own commune)",
    audit: "producer.created",
    action: products.saveProducerAction,
    allowed: ["ADMIN", "OFFICIAL", "COMMUNE_CADRE"],
    form: (ids) => ({ name: "HTX Mới", kind: "COOPERATIVE", communeId: ids.own, phone: "0912 345 678" }),
  },
  {
    name: "add a producer (other commune)",
    audit: "producer.created",
    action: products.saveProducerAction,
    allowed: ["ADMIN", "OFFICIAL"],
    form: (ids) => ({ name: "HTX Mới", kind: "COOPERATIVE", communeId: ids.other }),
  },
  {
    name: "edit a producer (other commune)",
    audit: "producer.updated",
    action: products.saveProducerAction,
    allowed: ["ADMIN", "OFFICIAL"],
    form: (ids) => ({ id: ids.otherProducer, name: "Đã sửa", kind: "HOUSEHOLD", communeId: ids.other }),
  },
  {
    name: "move own producer to another commune (crafted request)",
    audit: "producer.updated",
    action: products.saveProducerAction,
    allowed: ["ADMIN", "OFFICIAL"],
    form: (ids) => ({ id: ids.ownProducer, name: "Đã sửa", kind: "HOUSEHOLD", communeId: ids.other }),
  },
  {
    name: "publish a producer (other commune)",
    audit: "producer.unpublished",
    action: products.setProducerPublishedAction,
    allowed: ["ADMIN", "OFFICIAL"],
    form: (ids) => ({ id: ids.otherProducer, published: "false" }),
  },
  {
    name: "add a product (own commune)",
    audit: "product.created",
    action: products.createProductAction,
    allowed: ["ADMIN", "OFFICIAL", "COMMUNE_CADRE"],
    form: (ids) => ({ producerId: ids.ownProducer, category: "FOOD", name: "Sản phẩm mới", description: "Mô tả" }),
  },
  {
    name: "add a product (other commune)",
    audit: "product.created",
    action: products.createProductAction,
    allowed: ["ADMIN", "OFFICIAL"],
    form: (ids) => ({ producerId: ids.otherProducer, category: "FOOD", name: "Sản phẩm mới", description: "Mô tả" }),
  },
  {
    name: "edit a product (own commune)",
    audit: "product.updated",
    action: products.updateProductSettingsAction,
    allowed: ["ADMIN", "OFFICIAL", "COMMUNE_CADRE"],
    form: (ids) => ({ id: ids.ownProduct, producerId: ids.ownProducer, category: "HERBAL", priceMin: "1000", priceMax: "2000" }),
  },
  {
    name: "edit a product (other commune)",
    audit: "product.updated",
    action: products.updateProductSettingsAction,
    allowed: ["ADMIN", "OFFICIAL"],
    form: (ids) => ({ id: ids.otherProduct, producerId: ids.otherProducer, category: "HERBAL" }),
  },
  {
    name: "move own product to another commune's producer (crafted request)",
    audit: "product.updated",
    action: products.updateProductSettingsAction,
    allowed: ["ADMIN", "OFFICIAL"],
    form: (ids) => ({ id: ids.ownProduct, producerId: ids.otherProducer, category: "FOOD" }),
  },
  {
    name: "edit a product's English text (own commune)",
    audit: "product.translationSaved",
    action: products.saveProductTranslationAction,
    allowed: ["ADMIN", "OFFICIAL", "COMMUNE_CADRE"],
    form: (ids) => ({ productId: ids.ownProduct, locale: "en", name: "Tea", description: "Good tea" }),
  },
  {
    name: "edit a product's text (other commune)",
    audit: "product.translationSaved",
    action: products.saveProductTranslationAction,
    allowed: ["ADMIN", "OFFICIAL"],
    form: (ids) => ({ productId: ids.otherProduct, locale: "vi", name: "Sửa", description: "Sửa" }),
  },
  {
    name: "unpublish a product (own commune)",
    audit: "product.unpublished",
    action: products.setProductPublishedAction,
    allowed: ["ADMIN", "OFFICIAL", "COMMUNE_CADRE"],
    form: (ids) => ({ id: ids.ownProduct, published: "false" }),
  },
  {
    name: "unpublish a product (other commune)",
    audit: "product.unpublished",
    action: products.setProductPublishedAction,
    allowed: ["ADMIN", "OFFICIAL"],
    form: (ids) => ({ id: ids.otherProduct, published: "false" }),
  },
  {
    name: "reorder a product's photos (other commune)",
    audit: "product.photoMoved",
    action: products.movePhotoAction,
    allowed: ["ADMIN", "OFFICIAL"],
    form: (ids) => ({ id: ids.otherPhoto, direction: "up" }),
  },
  {
    name: "choose a product's cover (own commune)",
    audit: "product.coverChosen",
    action: products.chooseCoverAction,
    allowed: ["ADMIN", "OFFICIAL", "COMMUNE_CADRE"],
    form: (ids) => ({ id: ids.ownPhoto }),
  },
  {
    name: "choose a product's cover (other commune)",
    audit: "product.coverChosen",
    action: products.chooseCoverAction,
    allowed: ["ADMIN", "OFFICIAL"],
    form: (ids) => ({ id: ids.otherPhoto }),
  },
  {
    name: "remove a product photo (other commune)",
    audit: "product.photoRemoved",
    action: products.removePhotoAction,
    allowed: ["ADMIN", "OFFICIAL"],
    form: (ids) => ({ id: ids.otherPhoto }),
  },
];

export async function fingerprint() {
  const rows = await Promise.all([
    db.auditLog.count(),
    db.user.findMany({ orderBy: { id: "asc" }, select: { id: true, name: true, active: true, passwordHash: true, role: true } }),
    db.adminUnit.findMany({ orderBy: { id: "asc" }, select: { id: true, code: true, fullName: true } }),
    db.ethnicGroup.findMany({ orderBy: { id: "asc" }, select: { id: true, code: true } }),
    db.setting.findMany(),
    db.observation.findMany({ orderBy: { id: "asc" }, select: { id: true, value: true } }),
    db.indicator.count(),
    db.prestigiousPerson.findMany({ orderBy: { id: "asc" }, select: { id: true, name: true } }),
    db.article.findMany({
      orderBy: { id: "asc" },
      select: { id: true, kind: true, state: true, communeId: true, publishAt: true, deletedAt: true, reviewComment: true },
    }),
    db.articleTranslation.findMany({ orderBy: { id: "asc" }, select: { id: true, title: true } }),
    db.articleTopic.count(),
    db.forumQuestion.findMany({
      orderBy: { id: "asc" },
      select: {
        id: true,
        state: true,
        publicBody: true,
        assignedCommuneId: true,
        assigneeId: true,
        helpRequestedAt: true,
        mergedIntoId: true,
        rejectionReason: true,
        publishedAt: true,
      },
    }),
    db.forumAnswer.findMany({ orderBy: { id: "asc" }, select: { id: true, body: true, editedAt: true } }),
    db.forumNote.count(),
    db.libraryItem.findMany({ orderBy: { id: "asc" }, select: { id: true, state: true, topic: true, itemLanguages: true } }),
    db.libraryItemTranslation.findMany({ orderBy: { id: "asc" }, select: { id: true, title: true } }),
    db.libraryFile.count(),
    db.producer.findMany({ orderBy: { id: "asc" }, select: { id: true, name: true, communeId: true, published: true } }),
    db.product.findMany({
      orderBy: { id: "asc" },
      select: { id: true, producerId: true, category: true, published: true, priceMin: true },
    }),
    db.productTranslation.findMany({ orderBy: { id: "asc" }, select: { id: true, name: true } }),
    db.showcasePhoto.findMany({ orderBy: { id: "asc" }, select: { id: true, sortOrder: true, isCover: true } }),
  ]);
  return JSON.stringify(rows);
}

/**
 * The same action with one value of the cadre's own commune swapped for another commune's, as a
 * crafted request sends it: a duplicated field carries the foreign value after the own one.
 */
export function foreignTwin(ids: Ids): Map<string, string> {
  const pairs: [keyof Ids, keyof Ids][] = [
    ["own", "other"],
    ["ownVillage", "otherVillage"],
    ["ownPerson", "otherPerson"],
    ["ownUpdate", "otherUpdate"],
    ["qOwnOpen", "qOtherOpen"],
    ["qOwnAnswered", "qOtherAnswered"],
    ["libOwnDraft", "libOtherDraft"],
    ["ownProducer", "otherProducer"],
    ["ownProduct", "otherProduct"],
    ["ownPhoto", "otherPhoto"],
  ];
  return new Map(pairs.map(([own, other]) => [ids[own], ids[other]]));
}

/** Crafted requests beyond the matrix: each refused for the cadre of Minh Dân, changing nothing. */
export type Crafted = { name: string; action: Action; form: (ids: Ids) => [string, string][]; formError: string };
export const CRAFTED: Crafted[] = [
  // The reported attack: the cadre's own village first (the permission read it), the target last (the write used it).
  {
    name: "rename another commune behind the cadre's own village (two id fields)",
    action: updateUnitAction,
    formError: "form.badRequest",
    form: (ids) => [
      ["id", ids.ownVillage],
      ["code", "DEMO-02"],
      ["name", "Thượng Lâm"],
      ["fullName", "Xã bị đổi tên"],
      ["id", ids.other],
    ],
  },
  {
    name: "the same with the target first",
    action: updateUnitAction,
    formError: "form.badRequest",
    form: (ids) => [
      ["id", ids.other],
      ["id", ids.ownVillage],
      ["code", "DEMO-02"],
      ["name", "Thượng Lâm"],
      ["fullName", "Xã bị đổi tên"],
    ],
  },
  {
    name: "recode the province (its code is the CAP geocode)",
    action: updateUnitAction,
    formError: "form.forbidden",
    form: (ids) => [
      ["id", ids.province],
      ["code", "VN-99"],
      ["name", "Tuyên Quang"],
      ["fullName", "Tỉnh Tuyên Quang"],
    ],
  },
  {
    name: "add a village with the own commune then another in a second communeId",
    action: createVillageAction,
    formError: "form.badRequest",
    form: (ids) => [
      ["communeId", ids.own],
      ["code", "DEMO-02-88"],
      ["name", "Thôn 88"],
      ["fullName", "Thôn 88"],
      ["communeId", ids.other],
    ],
  },
  {
    name: "own commune's grid with a cell of another commune's village",
    action: saveGridAction,
    formError: "form.invalid",
    form: (ids) => [
      ["communeId", ids.own],
      ["year", "2031"],
      ["groupKey", "ALL"],
      [`v.${ids.otherVillage}.${ids.pop}`, "640"],
    ],
  },
  {
    name: "move the cadre's own prestigious person to another commune's village",
    action: savePrestigiousPersonAction,
    formError: "form.forbidden",
    form: (ids) => [
      ["id", ids.ownPerson],
      ["name", "Đã sửa"],
      ["groupId", ids.group],
      ["villageId", ids.otherVillage],
      ["role", "Già làng"],
      ["yearRecognised", "2024"],
    ],
  },
  {
    name: "edit another commune's prestigious person through an own village",
    action: savePrestigiousPersonAction,
    formError: "form.forbidden",
    form: (ids) => [
      ["id", ids.otherPerson],
      ["name", "Đã sửa"],
      ["groupId", ids.group],
      ["villageId", ids.ownVillage],
      ["role", "Già làng"],
      ["yearRecognised", "2024"],
    ],
  },
  {
    name: "answer an own question with another commune's question id in a second field",
    action: forum.answerQuestionAction,
    formError: "form.badRequest",
    form: (ids) => [
      ["id", ids.qOwnOpen],
      ["body", "Trả lời"],
      ["unitName", "UBND xã Minh Dân"],
      ["id", ids.qOtherOpen],
    ],
  },
  {
    name: "another commune's product photo as cover of an own product",
    action: products.chooseCoverAction,
    formError: "form.forbidden",
    form: (ids) => [["id", ids.otherPhoto]],
  },
];

/** An empty database with the demo reference data and, for each action, its own and foreign targets. */
export async function seedMatrix(): Promise<Ids> {
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
    policyDraft: "",
    ownUpdate: "",
    otherUpdate: "",
    inReview: "",
    published: "",
    qOwnNew: "",
    qOwnOpen: "",
    qOtherOpen: "",
    qOwnAnswered: "",
    qOwnAnsweredNumber: "",
    qOtherAnswered: "",
    qOtherAssigned: "",
    libOwnDraft: "",
    libOtherDraft: "",
    libOtherFile: "",
    libInReview: "",
    libPublished: "",
    tay: (await db.ethnicGroup.findUniqueOrThrow({ where: { name: "Tày" } })).id,
    ownProducer: "",
    otherProducer: "",
    ownProduct: "",
    otherProduct: "",
    ownPhoto: "",
    otherPhoto: "",
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
    const media = await db.mediaFile.create({
      data: { kind: "IMAGE", mimeType: "image/webp", storageKey: `img/matrix/${productId}-${n}`, size: 1, variants: [] },
    });
    return db.showcasePhoto.create({ data: { productId, mediaId: media.id, sortOrder: n, isCover: n === 0 } });
  };
  await photo(ids.ownProduct, 0);
  await photo(ids.otherProduct, 0);
  ids.ownPhoto = (await photo(ids.ownProduct, 1)).id;
  ids.otherPhoto = (await photo(ids.otherProduct, 1)).id;
  return ids;
}

export const MATRIX: Matrix<Ids> = {
  title: "authorization matrix (server actions × roles × communes)",
  cases: CASES,
  seed: seedMatrix,
  fingerprint,
};
