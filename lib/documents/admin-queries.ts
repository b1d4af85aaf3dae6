import "server-only";
import { db } from "@/lib/db";

/** Every document for the back office (drafts included), newest signed first. */
export async function listDocumentsForAdmin() {
  return db.legalDocument.findMany({
    select: {
      id: true,
      slug: true,
      number: true,
      type: true,
      issuer: true,
      title: true,
      signedOn: true,
      status: true,
      published: true,
      isDemo: true,
      fileId: true,
      _count: { select: { articles: true } },
    },
    orderBy: [{ signedOn: "desc" }, { number: "asc" }],
  });
}

export async function getDocumentForAdmin(id: string) {
  return db.legalDocument.findUnique({
    where: { id },
    include: {
      file: { select: { storageKey: true, size: true, originalName: true } },
      articles: { select: { article: { select: { id: true, translations: { where: { locale: "vi" }, select: { title: true } } } } } },
    },
  });
}

/** Documents to choose from (article editor, "replaced by"): number and title. */
export async function listDocumentChoices() {
  return db.legalDocument.findMany({ select: { id: true, number: true, title: true }, orderBy: [{ signedOn: "desc" }, { number: "asc" }] });
}

/** The documents an article explains (ids). */
export async function documentIdsOfArticle(articleId: string): Promise<string[]> {
  return (await db.articleLegalDocument.findMany({ where: { articleId }, select: { documentId: true } })).map((row) => row.documentId);
}

export async function listSynonymsForAdmin() {
  return db.searchSynonym.findMany({ orderBy: { termKey: "asc" } });
}
