"use server";

import { articleResource } from "@/lib/articles/policy";
import { ARTICLES_TAG } from "@/lib/articles/tags";
import type { Resource } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { defineAction } from "@/lib/run-action";
import { articleDocumentsPageKeys, documentPageKeysOf } from "./page-keys";
import { deleteDocument, deleteSynonym, saveDocument, saveSynonym, setArticleDocuments } from "./mutations";
import { ZArticleDocuments, ZDeleteDocument, ZDeleteSynonym, ZLegalDocumentInput, ZSynonymInput } from "./schema";
import { DOCUMENTS_TAG, SYNONYMS_TAG } from "./tags";

/** A document's pages and those of the articles citing it (lib/documents/page-keys.ts). */
export const saveDocumentAction = defineAction({
  permission: "documents.manage",
  schema: ZLegalDocumentInput,
  run: (input, ctx) => saveDocument(input, ctx),
  invalidate: { tags: [DOCUMENTS_TAG, ARTICLES_TAG], pages: (_input, id) => documentPageKeysOf(db, id) },
  done: "documents:admin.saved",
  redirect: (id, input) => (input.id ? null : `/admin/documents/${encodeURIComponent(id)}?created=1`),
});

export const deleteDocumentAction = defineAction({
  permission: "documents.manage",
  schema: ZDeleteDocument,
  run: (input, ctx) => deleteDocument(input.id, ctx),
  // The citing articles are read before the citations go with the document.
  invalidate: { tags: [DOCUMENTS_TAG, ARTICLES_TAG], pagesBefore: (input) => documentPageKeysOf(db, input.id) },
  done: "documents:admin.deleted",
  redirect: () => "/admin/documents?deleted=1",
});

async function articleResourceOf(id: string): Promise<Resource> {
  const article = await db.article.findUnique({ where: { id }, select: { kind: true, communeId: true } });
  return article ? articleResource(article) : { communeId: null };
}

/** The article editor's "documents this article explains" checkboxes. */
export const setArticleDocumentsAction = defineAction({
  permission: "articles.edit",
  schema: ZArticleDocuments,
  lists: ["documentIds"],
  resource: (input) => articleResourceOf(input.articleId),
  run: (input, ctx) => setArticleDocuments(input.articleId, input.documentIds, ctx),
  invalidate: {
    tags: [DOCUMENTS_TAG, ARTICLES_TAG],
    pages: (input) => articleDocumentsPageKeys(input.articleId),
    when: (changed) => changed,
  },
  done: "documents:admin.citationsSaved",
});

export const saveSynonymAction = defineAction({
  permission: "synonyms.manage",
  schema: ZSynonymInput,
  run: (input, ctx) => saveSynonym(input, ctx),
  invalidate: { tags: [SYNONYMS_TAG] },
  done: "documents:synonyms.saved",
});

export const deleteSynonymAction = defineAction({
  permission: "synonyms.manage",
  schema: ZDeleteSynonym,
  run: (input, ctx) => deleteSynonym(input.id, ctx),
  invalidate: { tags: [SYNONYMS_TAG] },
  done: "documents:synonyms.deleted",
});
