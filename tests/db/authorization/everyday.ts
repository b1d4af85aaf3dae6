/**
 * Issue 16's back-office actions (legal documents, citations, search synonyms, commune office
 * contacts, one-time password links) as a matrix case list (tests/db/authorization-everyday.test.ts),
 * with the audit action each allowed run writes, its seed and fingerprint.
 */
import "./harness"; // its mocks before any action is imported
import * as documents from "@/lib/documents/actions";
import { issueResetLinkAction } from "@/lib/password-reset/actions";
import { updateCommuneContactAction } from "@/lib/units/actions";
import { seedDocuments } from "@/prisma/seed/documents";
import { makeArticle } from "../articles/fixtures";
import { communeBySlug, db, resetDatabase, seedBase, userByEmail } from "../helpers";
import { OFFICIALS, STAFF, type Matrix, type MatrixCase } from "./harness";

export type Ids = { own: string; other: string; doc: string; doc2: string; policy: string; synonym: string; target: string };

export async function seed(): Promise<Ids> {
  await resetDatabase();
  await seedBase();
  await seedDocuments(db);
  const own = (await communeBySlug("minh-dan")).id;
  const other = (await communeBySlug("thuong-lam")).id;
  const [doc, doc2] = await Promise.all([
    db.legalDocument.findUniqueOrThrow({ where: { slug: "414-qd-ttg-2019" } }),
    db.legalDocument.findUniqueOrThrow({ where: { slug: "64-kh-ubnd-2020" } }),
  ]);
  const policy = await makeArticle({ kind: "POLICY", state: "PUBLISHED", title: "Bài giải thích Quyết định 414" });
  const synonym = await db.searchSynonym.findUniqueOrThrow({ where: { termKey: "bhyt" } });
  const target = await userByEmail("official@demo.local");
  return { own, other, doc: doc.id, doc2: doc2.id, policy: policy.id, synonym: synonym.id, target: target.id };
}

export async function fingerprint() {
  const rows = await Promise.all([
    db.auditLog.count(),
    db.legalDocument.findMany({
      orderBy: { id: "asc" },
      select: { id: true, number: true, title: true, status: true, replacedById: true },
    }),
    db.articleLegalDocument.findMany({ orderBy: [{ articleId: "asc" }, { documentId: "asc" }] }),
    db.searchSynonym.findMany({ orderBy: { id: "asc" }, select: { id: true, term: true, expansion: true } }),
    db.adminUnit.findMany({
      orderBy: { id: "asc" },
      select: { id: true, officePhone: true, officeAddress: true, officeHours: true, officeIsDemo: true },
    }),
    db.passwordResetToken.count(),
    db.outboxMessage.count(),
  ]);
  return JSON.stringify(rows);
}

export const newDocument = {
  number: "01/2026/TT-TEST",
  type: "CIRCULAR",
  issuer: "Cơ quan thử",
  title: "Văn bản thử",
  signedOn: "2026-01-05",
  effectiveOn: "",
  status: "IN_FORCE",
  replacedById: "",
  field: "Thử nghiệm",
  summary: "Tóm tắt thử.",
};

export const CASES: MatrixCase<Ids>[] = [
  {
    name: "add a legal document",
    audit: "legalDocument.created",
    action: documents.saveDocumentAction,
    allowed: OFFICIALS,
    form: () => newDocument,
  },
  {
    name: "edit a legal document",
    audit: "legalDocument.updated",
    action: documents.saveDocumentAction,
    allowed: OFFICIALS,
    form: (ids) => ({ ...newDocument, id: ids.doc2, number: "64/KH-UBND", signedOn: "2020-06-18", status: "AMENDED", published: "on" }),
  },
  {
    name: "delete a legal document",
    audit: "legalDocument.deleted",
    action: documents.deleteDocumentAction,
    allowed: OFFICIALS,
    form: (ids) => ({ id: ids.doc2 }),
  },
  {
    name: "cite documents in a policy article",
    audit: "article.documentsSet",
    action: documents.setArticleDocumentsAction,
    allowed: OFFICIALS,
    form: (ids) => [
      ["articleId", ids.policy],
      ["documentIds", ids.doc],
      ["documentIds", ids.doc2],
    ],
  },
  {
    name: "add a search synonym",
    audit: "searchSynonym.created",
    action: documents.saveSynonymAction,
    allowed: OFFICIALS,
    form: () => ({ term: "HTX", expansion: "hợp tác xã" }),
  },
  {
    name: "delete a search synonym",
    audit: "searchSynonym.deleted",
    action: documents.deleteSynonymAction,
    allowed: OFFICIALS,
    form: (ids) => ({ id: ids.synonym }),
  },
  {
    name: "edit the own commune office contact",
    audit: "unit.contactUpdated",
    action: updateCommuneContactAction,
    allowed: STAFF,
    form: (ids) => ({ id: ids.own, officePhone: "0207 3822 123", officeAddress: "Trụ sở thử", officeHours: "Sáng" }),
  },
  {
    name: "edit another commune's office contact",
    audit: "unit.contactUpdated",
    action: updateCommuneContactAction,
    allowed: OFFICIALS,
    form: (ids) => ({ id: ids.other, officePhone: "0207 3822 124", officeAddress: "Trụ sở khác", officeHours: "" }),
  },
  {
    name: "send a user a one-time password link",
    audit: "user.resetLinkIssued",
    action: issueResetLinkAction,
    allowed: ["ADMIN"],
    form: (ids) => ({ id: ids.target }),
  },
];

export const MATRIX: Matrix<Ids> = { title: "[AUTHZ] issue 16 actions × roles × communes", cases: CASES, seed, fingerprint };
