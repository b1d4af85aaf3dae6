"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { success, type FormState } from "@/lib/action-result";
import { can, type Resource } from "@/lib/auth/permissions";
import { getViewer } from "@/lib/auth/session";
import { invalidate, invalidateSome } from "@/lib/cache/invalidate";
import { articlePageKeys } from "./page-keys";
import { db } from "@/lib/db";
import { renderMarkdown } from "@/lib/markdown";
import { runAction } from "@/lib/run-action";
import { createArticle, detachMedia, saveTranslation, updateArticleSettings } from "./mutations";
import { articleResource } from "./policy";
import {
  ZArticleId, ZArticleSettings, ZCreateArticle, ZCreateTopic, ZPublishArticle, ZReturnArticle,
  ZSaveTranslation, ZUpdateTopic, ZWithdrawArticle,
} from "./schema";
import { WORKFLOW_DONE } from "./states";
import { ARTICLES_TAG, ARTICLE_TOPICS_TAG } from "./tags";
import { createTopic, updateTopic } from "./topics";
import { deleteArticle, publishArticle, returnArticle, submitArticle, withdrawArticle } from "./workflow";

/** The resource an existing article is, for the permission check (an unknown id: province-wide). */
async function resourceOf(id: string): Promise<Resource> {
  const article = await db.article.findUnique({ where: { id }, select: { kind: true, communeId: true } });
  return article ? articleResource(article) : { communeId: null };
}

/**
 * Workflow steps change which forms the editor shows, so the outcome is shown by the page itself.
 * Only after success, when runAction has parsed the form with every field once: `id` is the id
 * the step used.
 */
function backToEditor(state: FormState, formData: FormData): FormState {
  const done = state.message?.replace("admin:articles.", "");
  if (state.ok && WORKFLOW_DONE.includes(done as (typeof WORKFLOW_DONE)[number])) redirect(`/admin/articles/${encodeURIComponent(String(formData.get("id")))}?done=${done}`);
  return state;
}

/*
 * Every change to an article empties the cached article reads, and the public pages that may
 * show it (lib/articles/page-keys.ts): its own pages, the section lists, home, search and the
 * commune pages. A draft's change is not public, but telling which changes are is where
 * staleness bugs live; re-rendering those few pages is cheap.
 */

export async function createArticleAction(_state: FormState, formData: FormData): Promise<FormState> {
  let id: string | undefined;
  const state = await runAction({
    formData,
    permission: "articles.edit",
    schema: ZCreateArticle,
    resource: (input) => articleResource(input),
    run: async (input, { viewer, ip }) => {
      id = (await createArticle(input, { actor: viewer, ip })).id;
      await invalidateSome([ARTICLES_TAG], articlePageKeys(id));
      return success("admin:articles.created");
    },
  });
  if (state.ok && id) redirect(`/admin/articles/${id}?created=1`);
  return state;
}

export async function updateArticleSettingsAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runAction({
    formData,
    permission: "articles.edit",
    schema: ZArticleSettings,
    resource: (input) => resourceOf(input.id),
    run: async (input, { viewer, ip }) => {
      await updateArticleSettings(input, { actor: viewer, ip });
      await invalidateSome([ARTICLES_TAG], articlePageKeys(input.id));
      return success("admin:articles.saved");
    },
  });
}

export async function saveTranslationAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runAction({
    formData,
    permission: "articles.edit",
    schema: ZSaveTranslation,
    resource: (input) => resourceOf(input.articleId),
    run: async (input, { viewer, ip }) => {
      await saveTranslation(input, { actor: viewer, ip });
      await invalidateSome([ARTICLES_TAG], articlePageKeys(input.articleId));
      return success("admin:articles.saved");
    },
  });
}

export async function submitArticleAction(_state: FormState, formData: FormData): Promise<FormState> {
  const state = await runAction({
    formData,
    permission: "articles.edit",
    schema: ZArticleId,
    resource: (input) => resourceOf(input.id),
    run: async (input, { viewer, ip }) => {
      await submitArticle(input.id, { actor: viewer, ip });
      await invalidateSome([ARTICLES_TAG], articlePageKeys(input.id));
      return success("admin:articles.submitted");
    },
  });
  return backToEditor(state, formData);
}

export async function returnArticleAction(_state: FormState, formData: FormData): Promise<FormState> {
  const state = await runAction({
    formData,
    permission: "articles.publish",
    schema: ZReturnArticle,
    run: async (input, { viewer, ip }) => {
      await returnArticle(input, { actor: viewer, ip });
      await invalidateSome([ARTICLES_TAG], articlePageKeys(input.id));
      return success("admin:articles.returned");
    },
  });
  return backToEditor(state, formData);
}

export async function publishArticleAction(_state: FormState, formData: FormData): Promise<FormState> {
  const state = await runAction({
    formData,
    permission: "articles.publish",
    schema: ZPublishArticle,
    run: async (input, { viewer, ip }) => {
      const article = await publishArticle(input, { actor: viewer, ip });
      await invalidateSome([ARTICLES_TAG], articlePageKeys(input.id));
      return article.publishAt && article.publishAt > new Date() ? success("admin:articles.scheduled") : success("admin:articles.published");
    },
  });
  return backToEditor(state, formData);
}

export async function withdrawArticleAction(_state: FormState, formData: FormData): Promise<FormState> {
  const state = await runAction({
    formData,
    permission: "articles.publish",
    schema: ZWithdrawArticle,
    run: async (input, { viewer, ip }) => {
      await withdrawArticle(input, { actor: viewer, ip });
      await invalidateSome([ARTICLES_TAG], articlePageKeys(input.id));
      return success("admin:articles.withdrawn");
    },
  });
  return backToEditor(state, formData);
}

export async function deleteArticleAction(_state: FormState, formData: FormData): Promise<FormState> {
  const state = await runAction({
    formData,
    permission: "articles.publish",
    schema: ZArticleId,
    run: async (input, { viewer, ip }) => {
      await deleteArticle(input.id, { actor: viewer, ip });
      await invalidateSome([ARTICLES_TAG], articlePageKeys(input.id));
      return success("admin:articles.deleted");
    },
  });
  if (state.ok) redirect("/admin/articles?deleted=1");
  return state;
}

const ZDetachMedia = z.union([
  z.object({ id: z.string().min(1), target: z.literal("cover") }),
  z.object({ id: z.string().min(1), target: z.literal("audio"), locale: z.string().min(2).max(3) }),
]);

export async function detachMediaAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runAction({
    formData,
    permission: "articles.edit",
    schema: ZDetachMedia,
    resource: (input) => resourceOf(input.id),
    run: async (input, { viewer, ip }) => {
      const { id, ...where } = input;
      await detachMedia(id, where, { actor: viewer, ip });
      await invalidateSome([ARTICLES_TAG], articlePageKeys(id));
      return success("admin:articles.mediaRemoved");
    },
  });
}

export async function createTopicAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runAction({
    formData,
    permission: "articles.topics",
    schema: ZCreateTopic,
    run: async (input, { viewer, ip }) => {
      await createTopic(input, { actorId: viewer.id, ip });
      await invalidate(ARTICLE_TOPICS_TAG, ARTICLES_TAG);
      return success("admin:articleTopics.created");
    },
  });
}

export async function updateTopicAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runAction({
    formData,
    permission: "articles.topics",
    schema: ZUpdateTopic,
    run: async (input, { viewer, ip }) => {
      await updateTopic(input, { actorId: viewer.id, ip });
      await invalidate(ARTICLE_TOPICS_TAG, ARTICLES_TAG);
      return success("admin:articleTopics.saved");
    },
  });
}

/** The editor's preview: Markdown rendered exactly as the public page will (sanitized). */
export async function previewMarkdownAction(body: string): Promise<string> {
  const viewer = await getViewer();
  if (!viewer || !can(viewer, "articles.edit")) return "";
  // Called from the client with any value a crafted request sends: only text is rendered.
  return typeof body === "string" ? renderMarkdown(body.slice(0, 50_000)) : "";
}
