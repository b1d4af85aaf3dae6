"use server";

import { z } from "zod";
import { resourceOf, type Resource } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { LOCALES } from "@/lib/i18n/config";
import { defineAction } from "@/lib/run-action";
import { resolveArea } from "./area";
import { noticePageKeysOf } from "./page-keys";
import {
  allClearNotice,
  cancelNotice,
  createNotice,
  detachNoticeAudio,
  issueNotice,
  prepareNoticeUpdate,
  saveNoticeTranslation,
  updateNoticeSettings,
} from "./mutations";
import { noticeResource } from "./policy";
import { ZAllClearNotice, ZCancelNotice, ZCreateNotice, ZNoticeId, ZNoticeSettings, ZSaveNoticeTranslation } from "./schema";
import { NOTICES_TAG } from "./tags";

/*
 * Every action checks the permission against the notice's area on the server (the pipeline,
 * then again inside the mutation's transaction), so a crafted request cannot reach another
 * commune. Every change empties the cached notice reads and the stored pages that may show the
 * notice (lib/notices/page-keys.ts): its own pages, the lists, its area's commune pages and the
 * banner of its area's readers (of every reader, province-wide), so a notice shows (or goes) at once.
 */

/** The resource an existing notice is (an unknown id: province-wide, so only officials get further). */
const noticeOf = (id: string) => resourceOf(db.notice.findUnique({ where: { id }, select: { communeId: true } }), noticeResource);

/** The resource a chosen area is; an area that is not valid is the province's (the mutation says why). */
async function areaResource(input: { provinceWide: boolean; unitIds: string[] }): Promise<Resource> {
  return resolveArea(db, input).catch(() => ({ communeId: null }));
}

/** The stored pages of the notice a step wrote (a new notice, an update's new version). */
const pagesOfResult = { tags: [NOTICES_TAG], pages: (_input: unknown, id: string) => noticePageKeysOf(db, id) };

/** Lifecycle steps change which forms the editor shows, so the editor shows their outcome itself. */
function toEditor(done: string) {
  return (id: string) => `/admin/notices/${encodeURIComponent(id)}?done=${done}`;
}

export const createNoticeAction = defineAction({
  permission: "notices.manage",
  schema: ZCreateNotice,
  resource: areaResource,
  run: async (input, ctx) => (await createNotice(input, ctx)).id,
  invalidate: pagesOfResult,
  done: "notices:admin.created",
  redirect: toEditor("created"),
});

export const updateNoticeSettingsAction = defineAction({
  permission: "notices.manage",
  schema: ZNoticeSettings,
  resource: (input) => noticeOf(input.id),
  run: (input, ctx) => updateNoticeSettings(input, ctx),
  invalidate: { tags: [NOTICES_TAG], pages: (input) => noticePageKeysOf(db, input.id) },
  done: "notices:admin.saved",
});

export const saveNoticeTranslationAction = defineAction({
  permission: "notices.manage",
  schema: ZSaveNoticeTranslation,
  resource: (input) => noticeOf(input.noticeId),
  run: (input, ctx) => saveNoticeTranslation(input, ctx),
  invalidate: { tags: [NOTICES_TAG], pages: (input) => noticePageKeysOf(db, input.noticeId) },
  done: "notices:admin.saved",
});

export const issueNoticeAction = defineAction({
  permission: "notices.manage",
  schema: ZNoticeId,
  resource: (input) => noticeOf(input.id),
  run: async (input, ctx) => (await issueNotice(input.id, ctx)).id,
  invalidate: pagesOfResult,
  done: "notices:admin.issued",
  redirect: toEditor("issued"),
});

export const prepareUpdateAction = defineAction({
  permission: "notices.manage",
  schema: ZNoticeId,
  resource: (input) => noticeOf(input.id),
  run: (input, ctx) => prepareNoticeUpdate(input.id, ctx),
  invalidate: pagesOfResult,
  done: "notices:admin.updatePrepared",
  redirect: toEditor("updatePrepared"),
});

export const cancelNoticeAction = defineAction({
  permission: "notices.manage",
  schema: ZCancelNotice,
  resource: (input) => noticeOf(input.id),
  run: (input, ctx) => cancelNotice(input, ctx),
  invalidate: pagesOfResult,
  done: "notices:admin.cancelled",
  redirect: toEditor("cancelled"),
});

export const allClearNoticeAction = defineAction({
  permission: "notices.manage",
  schema: ZAllClearNotice,
  resource: (input) => noticeOf(input.id),
  run: (input, ctx) => allClearNotice(input, ctx),
  invalidate: pagesOfResult,
  done: "notices:admin.allClear",
  redirect: toEditor("allClear"),
});

const ZDetachAudio = z.object({ id: z.string().min(1).max(40), locale: z.enum(LOCALES) });

export const detachNoticeAudioAction = defineAction({
  permission: "notices.manage",
  schema: ZDetachAudio,
  resource: (input) => noticeOf(input.id),
  run: (input, ctx) => detachNoticeAudio(input.id, input.locale, ctx),
  invalidate: { tags: [NOTICES_TAG], pages: (input) => noticePageKeysOf(db, input.id) },
  done: "notices:admin.audioRemoved",
});
