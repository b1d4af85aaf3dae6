/* eslint-disable max-lines -- the matrix's case table for the actions no other matrix held: one row per action */
/**
 * The actions no other matrix held (found by ./coverage.test.ts): article topics and media,
 * a notice's recording, a library file's details, sign-in locks, the outbox, the dataset import,
 * and the public forms (asking, subscribing, signing in, a password link), each × every role,
 * with the audit action an allowed run writes. Public forms are allowed to everyone; their audit
 * rows name no actor (or the account they are about).
 */
import "./harness"; // its mocks before any action is imported
import * as articles from "@/lib/articles/actions";
import * as auth from "@/lib/auth/actions";
import * as dataset from "@/lib/dataset/actions";
import { previewImport } from "@/lib/dataset/import/mutations";
import * as forum from "@/lib/forum/actions";
import * as library from "@/lib/library/actions";
import * as notices from "@/lib/notices/actions";
import * as outbox from "@/lib/outbox/actions";
import * as passwordReset from "@/lib/password-reset/actions";
import * as relays from "@/lib/relays/actions";
import { requestPasswordReset } from "@/lib/password-reset/mutations";
import * as subscriptions from "@/lib/subscriptions/actions";
import { confirmByLink, subscribe } from "@/lib/subscriptions/mutations";
import { confirmationCode, signToken } from "@/lib/subscriptions/tokens";
import { seedDataset } from "@/prisma/seed/dataset";
import { makeArticle } from "../articles/fixtures";
import { communeBySlug, db, resetDatabase, seedBase, userByEmail } from "../helpers";
import { makeLibraryItem } from "../library/fixtures";
import { EVERYONE, OFFICIALS, STAFF, type Action, type Matrix, type MatrixCase } from "./harness";

export type Ids = {
  own: string;
  other: string;
  topic: string;
  ownArticle: string;
  otherArticle: string;
  ownNotice: string;
  otherNotice: string;
  ownFile: string;
  otherFile: string;
  lockKey: string;
  deadMessage: string;
  queuedMessage: string;
  importId: string;
  resetToken: string;
  digestTopic: string;
  /** Links and codes a resident or a prestigious person receives (who holds one may use it). */
  confirmToken: string;
  codeToken: string;
  code: string;
  manageToken: string;
  relayToken: string;
};

const csv = (lines: string[]) =>
  new TextEncoder().encode(
    ["year,commune_code,village_code,ethnic_group_code,ethnic_group,indicator_code,value,source,note", ...lines].join("\n"),
  );
const importFile = () => new File([csv(["2030,DEMO-01,DEMO-01-01,02,,POP,500,,"])], "ma-tran.csv", { type: "text/csv" });

/** previewMarkdownAction takes the text, not a form: its answer ("" when refused) as a form state. */
const previewMarkdown: Action = async () => {
  const html = await articles.previewMarkdownAction("**Tin** xã");
  return html ? { ok: true } : { ok: false, code: "forbidden", formError: "form.forbidden" };
};
/** signOut takes no form and redirects. */
const signOut: Action = async () => {
  await auth.signOut();
  return { ok: true };
};

const question = (ids: Ids) => ({
  body: "Bà con hỏi về thủ tục cấp giấy chứng nhận quyền sử dụng đất ở thôn",
  topic: "LAND",
  communeId: ids.own,
  consent: "on",
  locale: "vi",
});

export const CASES: MatrixCase<Ids>[] = [
  {
    name: "rename an article topic",
    action: articles.updateTopicAction,
    allowed: OFFICIALS,
    audit: "articleTopic.updated",
    form: (ids) => ({ id: ids.topic, name: "Giao thông nông thôn", nameEn: "Rural roads" }),
  },
  {
    name: "remove an article's cover (own commune)",
    action: articles.detachMediaAction,
    allowed: STAFF,
    audit: "article.mediaRemoved",
    form: (ids) => ({ id: ids.ownArticle, target: "cover" }),
  },
  {
    name: "remove an article's cover (other commune)",
    action: articles.detachMediaAction,
    allowed: OFFICIALS,
    audit: "article.mediaRemoved",
    form: (ids) => ({ id: ids.otherArticle, target: "cover" }),
  },
  {
    name: "preview an article's text (not audited: nothing is written)",
    action: previewMarkdown,
    covers: articles.previewMarkdownAction,
    readOnly: true,
    allowed: STAFF,
    audit: null,
    form: () => ({}),
  },
  {
    name: "remove a notice's recording (own commune)",
    action: notices.detachNoticeAudioAction,
    allowed: STAFF,
    audit: "notice.mediaRemoved",
    form: (ids) => ({ id: ids.ownNotice, locale: "vi" }),
  },
  {
    name: "remove a notice's recording (other commune)",
    action: notices.detachNoticeAudioAction,
    allowed: OFFICIALS,
    audit: "notice.mediaRemoved",
    form: (ids) => ({ id: ids.otherNotice, locale: "vi" }),
  },
  {
    name: "describe a library file (own draft)",
    action: library.updateLibraryFileAction,
    allowed: STAFF,
    audit: "library.updated",
    form: (ids) => ({ fileId: ids.ownFile, durationSeconds: "75", pageCount: "", caption: "Bài hát ru" }),
  },
  {
    name: "describe a library file (another's draft)",
    action: library.updateLibraryFileAction,
    allowed: OFFICIALS,
    audit: "library.updated",
    form: (ids) => ({ fileId: ids.otherFile, durationSeconds: "75", pageCount: "", caption: "Bài hát ru" }),
  },
  {
    name: "lift a sign-in lock",
    action: auth.liftSignInLockAction,
    allowed: ["ADMIN"],
    audit: "auth.lockLifted",
    form: (ids) => ({ key: ids.lockKey }),
  },
  {
    name: "send a dead message again",
    action: outbox.retryMessageAction,
    allowed: OFFICIALS,
    audit: "outbox.retried",
    form: (ids) => ({ id: ids.deadMessage }),
  },
  {
    name: "cancel a queued message",
    action: outbox.cancelMessageAction,
    allowed: OFFICIALS,
    audit: "outbox.cancelled",
    form: (ids) => ({ id: ids.queuedMessage }),
  },
  {
    name: "change the outbox settings",
    action: outbox.saveOutboxSettingsAction,
    allowed: ["ADMIN"],
    audit: "outbox.settingsUpdated",
    form: () => ({ "email.transport": "log", "email.ratePerSecond": "7" }),
  },
  {
    name: "check a dataset file before importing it",
    action: dataset.previewImportAction,
    allowed: STAFF,
    audit: "dataset.importPreviewed",
    form: () => ({ file: importFile() }),
  },
  // The cadre's own checked file: nobody else even sees it (not found), anonymous is refused.
  {
    name: "import one's own checked dataset file",
    action: dataset.commitImportAction,
    allowed: ["COMMUNE_CADRE"],
    refused: { ok: false },
    audit: "dataset.imported",
    form: (ids) => ({ id: ids.importId }),
  },
  // Public forms: anyone, signed in or not.
  {
    name: "ask a question (public form)",
    action: forum.askQuestionAction,
    allowed: EVERYONE,
    publicForm: true,
    audit: "forumQuestion.submitted",
    form: question,
  },
  {
    name: "subscribe to notices (public form)",
    action: subscriptions.subscribeNoticesAction,
    allowed: EVERYONE,
    publicForm: true,
    audit: "subscription.created",
    form: (ids) => ({
      channel: "EMAIL",
      address: "dan.ma-tran@example.org",
      communeId: ids.own,
      minSeverity: "SEVERE",
      locale: "vi",
      consent: "on",
    }),
  },
  {
    name: "subscribe to the weekly digest (public form)",
    action: subscriptions.subscribeDigestAction,
    allowed: EVERYONE,
    publicForm: true,
    audit: "subscription.created",
    form: (ids) => [
      ["channel", "EMAIL"],
      ["address", "dan.ma-tran@example.org"],
      ["topicIds", ids.digestTopic],
      ["locale", "vi"],
      ["consent", "on"],
    ],
  },
  {
    name: "ask for a password link (public form)",
    action: passwordReset.forgotPasswordAction,
    allowed: EVERYONE,
    publicForm: true,
    audit: "user.resetLinkIssued",
    form: () => ({ email: "official@demo.local" }),
  },
  {
    name: "set a password with a link (public form)",
    action: passwordReset.resetPasswordWithTokenAction,
    allowed: EVERYONE,
    publicForm: true,
    audit: "user.resetLinkUsed",
    form: (ids) => ({ token: ids.resetToken, newPassword: "Matkhaumoi2026", confirmPassword: "Matkhaumoi2026" }),
  },
  {
    name: "confirm a subscription by its e-mail link (public form)",
    action: subscriptions.confirmLinkAction,
    allowed: EVERYONE,
    publicForm: true,
    audit: "subscription.confirmed",
    form: (ids) => ({ token: ids.confirmToken }),
  },
  {
    name: "confirm a subscription by its SMS code (public form)",
    action: subscriptions.confirmCodeAction,
    allowed: EVERYONE,
    publicForm: true,
    audit: "subscription.confirmed",
    form: (ids) => ({ token: ids.codeToken, code: ids.code }),
  },
  {
    name: "withdraw a subscription from its page (public form)",
    action: subscriptions.withdrawAction,
    allowed: EVERYONE,
    publicForm: true,
    audit: "subscription.withdrawn",
    form: (ids) => ({ token: ids.manageToken }),
  },
  {
    name: "say a notice was received (a prestigious person's link)",
    action: relays.relayStepAction,
    allowed: EVERYONE,
    publicForm: true,
    audit: "relay.received",
    form: (ids) => ({ token: ids.relayToken, step: "received" }),
  },
  {
    name: "sign in (public form)",
    action: auth.signIn,
    allowed: EVERYONE,
    publicForm: true,
    audit: "auth.signedIn",
    form: () => ({ email: "official@demo.local", password: "Demo@2026" }),
  },
  {
    name: "sign out (not audited: ends the browser's own session)",
    action: signOut,
    covers: auth.signOut,
    readOnly: true,
    allowed: EVERYONE,
    audit: null,
    form: () => ({}),
  },
];

export async function fingerprint() {
  return JSON.stringify(
    await Promise.all([
      db.auditLog.count(),
      db.articleTopic.findMany({ orderBy: { id: "asc" }, select: { id: true, name: true } }),
      db.article.findMany({ orderBy: { id: "asc" }, select: { id: true, coverId: true } }),
      db.noticeTranslation.findMany({ orderBy: { id: "asc" }, select: { id: true, audioId: true } }),
      db.libraryFile.findMany({ orderBy: { id: "asc" }, select: { id: true, durationSeconds: true, caption: true } }),
      db.loginThrottle.count(),
      db.outboxMessage.findMany({ orderBy: { id: "asc" }, select: { id: true, state: true } }),
      db.setting.findMany({ orderBy: { key: "asc" } }),
      db.dataImport.findMany({ orderBy: { id: "asc" }, select: { id: true, status: true } }),
      db.forumQuestion.count(),
      db.subscription.findMany({ orderBy: { id: "asc" }, select: { id: true, state: true } }),
      db.relayDelivery.findMany({ orderBy: { id: "asc" }, select: { id: true, receivedAt: true } }),
      db.passwordResetToken.findMany({ orderBy: { id: "asc" }, select: { id: true, usedAt: true } }),
      db.user.findMany({ orderBy: { id: "asc" }, select: { id: true, passwordHash: true } }),
    ]),
  );
}

async function media(key: string, kind: "IMAGE" | "AUDIO") {
  return db.mediaFile.create({
    data: { kind, mimeType: kind === "IMAGE" ? "image/webp" : "audio/mpeg", storageKey: `matrix/${key}`, size: 1, variants: [] },
  });
}

async function noticeWithAudio(id: string, communeId: string) {
  const audio = await media(`${id}.mp3`, "AUDIO");
  await db.notice.create({
    data: {
      id,
      seriesId: id,
      state: "DRAFT",
      category: "DISASTER",
      hazard: "FLOOD",
      severity: "SEVERE",
      urgency: "IMMEDIATE",
      certainty: "LIKELY",
      provinceWide: false,
      communeId,
      effectiveAt: new Date(),
      expiresAt: new Date(Date.now() + 24 * 3_600_000),
      areas: { create: [{ unitId: communeId }] },
      translations: {
        create: { locale: "vi", headline: "Cảnh báo lũ quét", description: "Mưa lớn", instruction: "Lên chỗ cao", audioId: audio.id },
      },
    },
  });
  return id;
}

async function articleWithCover(communeId: string) {
  const article = await makeArticle({ kind: "COMMUNE_UPDATE", communeId });
  const cover = await media(`${article.id}.webp`, "IMAGE");
  await db.article.update({ where: { id: article.id }, data: { coverId: cover.id } });
  return article.id;
}

export async function seed(): Promise<Ids> {
  await resetDatabase();
  await seedBase();
  await seedDataset(db);
  const own = (await communeBySlug("minh-dan")).id;
  const other = (await communeBySlug("thuong-lam")).id;
  const cadre = await userByEmail("cadre.minhdan@demo.local");
  const official = await userByEmail("official@demo.local");
  const file = async (authorId: string) => {
    const item = await makeLibraryItem({ authorId });
    return (await db.libraryFile.findFirstOrThrow({ where: { itemId: item.id } })).id;
  };
  const topic = await db.articleTopic.create({ data: { kind: "LAW", slug: "giao-thong-ma-tran", name: "Giao thông" } });
  const message = (state: "DEAD" | "QUEUED") =>
    db.outboxMessage.create({
      data: { channel: "EMAIL", recipient: "dan@example.org", template: "auth.passwordReset", idempotencyKey: `matrix-${state}`, state },
    });
  await db.loginThrottle.create({
    data: { key: "ip:203.0.113.9", failures: 20, firstFailureAt: new Date(), lockedUntil: new Date(Date.now() + 3_600_000) },
  });
  await requestPasswordReset(official.email, "198.51.100.4");
  const resetMessage = await db.outboxMessage.findFirstOrThrow({ where: { template: "auth.passwordReset" } });
  const pending = async (channel: "EMAIL" | "SMS", address: string) => {
    const outcome = await subscribe(
      { kind: "NOTICES", channel, address, communeId: own, consentPurpose: "Cảnh báo", locale: "vi" },
      { ip: null },
    );
    if (!outcome.ok) throw new Error("subscribe refused");
    return { ...(await db.subscription.findUniqueOrThrow({ where: { id: outcome.id } })), codeToken: outcome.codeToken };
  };
  const byMail = await pending("EMAIL", "dan.cho@example.org");
  const bySms = await pending("SMS", "0912 345 678");
  const active = await pending("EMAIL", "dan.da-xac-nhan@example.org");
  await confirmByLink(signToken("confirm", `${active.id}-${active.confirmNonce}`), { ip: null });
  const village = await db.adminUnit.findFirstOrThrow({ where: { parentId: own } });
  const person = await db.prestigiousPerson.create({
    data: {
      name: "Người thử",
      groupId: (await db.ethnicGroup.findFirstOrThrow()).id,
      villageId: village.id,
      communeId: own,
      role: "Già làng",
      phone: "0912000101",
      relayConsentAt: new Date(),
      yearRecognised: 2020,
    },
  });
  const relay = await db.relayDelivery.create({
    data: { personId: person.id, communeId: own, subjectType: "Notice", subjectId: "own-draft" },
  });
  return {
    own,
    other,
    topic: topic.id,
    digestTopic: topic.id,
    ownArticle: await articleWithCover(own),
    otherArticle: await articleWithCover(other),
    ownNotice: await noticeWithAudio("own-draft", own),
    otherNotice: await noticeWithAudio("other-draft", other),
    ownFile: await file(cadre.id),
    otherFile: await file(official.id),
    lockKey: "ip:203.0.113.9",
    deadMessage: (await message("DEAD")).id,
    queuedMessage: (await message("QUEUED")).id,
    importId: await previewImport(
      { name: "ma-tran.csv", bytes: csv(["2030,DEMO-01,DEMO-01-01,02,,POP,500,,"]) },
      { actor: cadre, ip: null },
    ),
    resetToken: (resetMessage.data as { token: string }).token,
    confirmToken: signToken("confirm", `${byMail.id}-${byMail.confirmNonce}`),
    codeToken: bySms.codeToken ?? "",
    code: confirmationCode(bySms.id, bySms.confirmNonce ?? ""),
    manageToken: signToken("manage", active.id),
    relayToken: signToken("relay", relay.id),
  };
}

export const MATRIX: Matrix<Ids> = { title: "actions found by the coverage check × roles", cases: CASES, seed, fingerprint };
