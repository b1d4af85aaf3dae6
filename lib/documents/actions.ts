"use server";

import { redirect } from "next/navigation";
import { success, type FormState } from "@/lib/action-result";
import { articleResource } from "@/lib/articles/policy";
import { ARTICLES_TAG } from "@/lib/articles/tags";
import type { Resource } from "@/lib/auth/permissions";
import { invalidate, invalidateSome } from "@/lib/cache/invalidate";
import { db } from "@/lib/db";
import { runAction } from "@/lib/run-action";
import { articleDocumentsPageKeys, documentPageKeysOf } from "./page-keys";
import { deleteDocument, deleteSynonym, saveDocument, saveSynonym, setArticleDocuments } from "./mutations";
import { ZArticleDocuments, ZDeleteDocument, ZDeleteSynonym, ZLegalDocumentInput, ZSynonymInput } from "./schema";
import { DOCUMENTS_TAG, SYNONYMS_TAG } from "./tags";

export async function saveDocumentAction(_state: FormState, formData: FormData): Promise<FormState> {
  let id: string | undefined;
  let created = false;
  const state = await runAction({
    formData,
    permission: "documents.manage",
    schema: ZLegalDocumentInput,
    run: async (input, { viewer, ip }) => {
      created = !input.id;
      id = await saveDocument(input, { actor: viewer, ip });
      await invalidateSome([DOCUMENTS_TAG, ARTICLES_TAG], await documentPageKeysOf(db, id));
      return success("documents:admin.saved");
    },
  });
  if (state.ok && created && id) redirect(`/admin/documents/${encodeURIComponent(id)}?created=1`);
  return state;
}

export async function deleteDocumentAction(_state: FormState, formData: FormData): Promise<FormState> {
  const state = await runAction({
    formData,
    permission: "documents.manage",
    schema: ZDeleteDocument,
    run: async (input, { viewer, ip }) => {
      // The citing articles are read before the citations go with the document.
      const pages = await documentPageKeysOf(db, input.id);
      await deleteDocument(input.id, { actor: viewer, ip });
      await invalidateSome([DOCUMENTS_TAG, ARTICLES_TAG], pages);
      return success("documents:admin.deleted");
    },
  });
  if (state.ok) redirect("/admin/documents?deleted=1");
  return state;
}

async function articleResourceOf(id: string): Promise<Resource> {
  const article = await db.article.findUnique({ where: { id }, select: { kind: true, communeId: true } });
  return article ? articleResource(article) : { communeId: null };
}

/** The article editor's "documents this article explains" checkboxes. */
export async function setArticleDocumentsAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runAction({
    formData,
    permission: "articles.edit",
    schema: ZArticleDocuments,
    lists: ["documentIds"],
    resource: (input) => articleResourceOf(input.articleId),
    run: async (input, { viewer, ip }) => {
      if (await setArticleDocuments(input.articleId, input.documentIds, { actor: viewer, ip })) await invalidateSome([DOCUMENTS_TAG, ARTICLES_TAG], articleDocumentsPageKeys(input.articleId));
      return success("documents:admin.citationsSaved");
    },
  });
}

export async function saveSynonymAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runAction({
    formData,
    permission: "synonyms.manage",
    schema: ZSynonymInput,
    run: async (input, { viewer, ip }) => {
      await saveSynonym(input, { actor: viewer, ip });
      await invalidate(SYNONYMS_TAG);
      return success("documents:synonyms.saved");
    },
  });
}

export async function deleteSynonymAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runAction({
    formData,
    permission: "synonyms.manage",
    schema: ZDeleteSynonym,
    run: async (input, { viewer, ip }) => {
      await deleteSynonym(input.id, { actor: viewer, ip });
      await invalidate(SYNONYMS_TAG);
      return success("documents:synonyms.deleted");
    },
  });
}
