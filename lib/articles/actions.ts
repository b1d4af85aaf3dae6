"use server";

import { z } from "zod";
import { success } from "@/lib/action-result";
import { can, resourceOf } from "@/lib/auth/permissions";
import { getViewer } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { renderMarkdown } from "@/lib/markdown";
import { defineAction } from "@/lib/run-action";
import { createArticle, detachMedia, saveTranslation, updateArticleSettings } from "./mutations";
import { articlePageKeys } from "./page-keys";
import { articleResource } from "./policy";
import {
  ZArticleId,
  ZArticleSettings,
  ZCreateArticle,
  ZCreateTopic,
  ZPublishArticle,
  ZReturnArticle,
  ZSaveTranslation,
  ZUpdateTopic,
  ZWithdrawArticle,
} from "./schema";
import type { WORKFLOW_DONE } from "./states";
import { ARTICLES_TAG, ARTICLE_TOPICS_TAG } from "./tags";
import { createTopic, updateTopic } from "./topics";
import { deleteArticle, publishArticle, returnArticle, submitArticle, withdrawArticle } from "./workflow";

/*
 * Every change to an article empties the cached article reads, and the public pages that may
 * show it (lib/articles/page-keys.ts): its own pages, the section lists, home, search and the
 * commune pages. A draft's change is not public, but telling which changes are is where
 * staleness bugs live; re-rendering those few pages is cheap.
 */

/** The resource an existing article is, for the permission check (an unknown id: province-wide). */
const articleOf = (id: string) =>
  resourceOf(db.article.findUnique({ where: { id }, select: { kind: true, communeId: true } }), articleResource);

/** Workflow steps change which forms the editor shows, so the outcome is shown by the page itself. */
function toEditor(id: string, done: (typeof WORKFLOW_DONE)[number]): string {
  return `/admin/articles/${encodeURIComponent(id)}?done=${done}`;
}

export const createArticleAction = defineAction({
  permission: "articles.edit",
  schema: ZCreateArticle,
  resource: (input) => articleResource(input),
  run: (input, ctx) => createArticle(input, ctx),
  invalidate: { tags: [ARTICLES_TAG], pages: (_input, article) => articlePageKeys(article.id) },
  done: "admin:articles.created",
  redirect: (article) => `/admin/articles/${article.id}?created=1`,
});

export const updateArticleSettingsAction = defineAction({
  permission: "articles.edit",
  schema: ZArticleSettings,
  resource: (input) => articleOf(input.id),
  run: (input, ctx) => updateArticleSettings(input, ctx),
  invalidate: { tags: [ARTICLES_TAG], pages: (input) => articlePageKeys(input.id) },
  done: "admin:articles.saved",
});

export const saveTranslationAction = defineAction({
  permission: "articles.edit",
  schema: ZSaveTranslation,
  resource: (input) => articleOf(input.articleId),
  run: (input, ctx) => saveTranslation(input, ctx),
  invalidate: { tags: [ARTICLES_TAG], pages: (input) => articlePageKeys(input.articleId) },
  done: "admin:articles.saved",
});

export const submitArticleAction = defineAction({
  permission: "articles.edit",
  schema: ZArticleId,
  resource: (input) => articleOf(input.id),
  run: (input, ctx) => submitArticle(input.id, ctx),
  invalidate: { tags: [ARTICLES_TAG], pages: (input) => articlePageKeys(input.id) },
  done: "admin:articles.submitted",
  redirect: (_article, input) => toEditor(input.id, "submitted"),
});

export const returnArticleAction = defineAction({
  permission: "articles.publish",
  schema: ZReturnArticle,
  run: (input, ctx) => returnArticle(input, ctx),
  invalidate: { tags: [ARTICLES_TAG], pages: (input) => articlePageKeys(input.id) },
  done: "admin:articles.returned",
  redirect: (_article, input) => toEditor(input.id, "returned"),
});

export const publishArticleAction = defineAction({
  permission: "articles.publish",
  schema: ZPublishArticle,
  run: async (input, ctx) => {
    const article = await publishArticle(input, ctx);
    return article.publishAt && article.publishAt > new Date() ? "scheduled" : "published";
  },
  invalidate: { tags: [ARTICLES_TAG], pages: (input) => articlePageKeys(input.id) },
  done: (outcome) => success(`admin:articles.${outcome}`),
  redirect: (outcome, input) => toEditor(input.id, outcome),
});

export const withdrawArticleAction = defineAction({
  permission: "articles.publish",
  schema: ZWithdrawArticle,
  run: (input, ctx) => withdrawArticle(input, ctx),
  invalidate: { tags: [ARTICLES_TAG], pages: (input) => articlePageKeys(input.id) },
  done: "admin:articles.withdrawn",
  redirect: (_article, input) => toEditor(input.id, "withdrawn"),
});

export const deleteArticleAction = defineAction({
  permission: "articles.publish",
  schema: ZArticleId,
  run: (input, ctx) => deleteArticle(input.id, ctx),
  invalidate: { tags: [ARTICLES_TAG], pages: (input) => articlePageKeys(input.id) },
  done: "admin:articles.deleted",
  redirect: () => "/admin/articles?deleted=1",
});

const ZDetachMedia = z.union([
  z.object({ id: z.string().min(1), target: z.literal("cover") }),
  z.object({ id: z.string().min(1), target: z.literal("audio"), locale: z.string().min(2).max(3) }),
]);

export const detachMediaAction = defineAction({
  permission: "articles.edit",
  schema: ZDetachMedia,
  resource: (input) => articleOf(input.id),
  run: ({ id, ...where }, ctx) => detachMedia(id, where, ctx),
  invalidate: { tags: [ARTICLES_TAG], pages: (input) => articlePageKeys(input.id) },
  done: "admin:articles.mediaRemoved",
});

export const createTopicAction = defineAction({
  permission: "articles.topics",
  schema: ZCreateTopic,
  run: (input, ctx) => createTopic(input, ctx),
  invalidate: { tags: [ARTICLE_TOPICS_TAG, ARTICLES_TAG] },
  done: "admin:articleTopics.created",
});

export const updateTopicAction = defineAction({
  permission: "articles.topics",
  schema: ZUpdateTopic,
  run: (input, ctx) => updateTopic(input, ctx),
  invalidate: { tags: [ARTICLE_TOPICS_TAG, ARTICLES_TAG] },
  done: "admin:articleTopics.saved",
});

/** The editor's preview: Markdown rendered exactly as the public page will (sanitized). */
export async function previewMarkdownAction(body: string): Promise<string> {
  const viewer = await getViewer();
  if (!viewer || !can(viewer, "articles.edit")) return "";
  // Called from the client with any value a crafted request sends: only text is rendered.
  return typeof body === "string" ? renderMarkdown(body.slice(0, 50_000)) : "";
}
