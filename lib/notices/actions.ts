"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { success, type FormState } from "@/lib/action-result";
import type { Resource } from "@/lib/auth/permissions";
import { invalidateSome } from "@/lib/cache/invalidate";
import { db } from "@/lib/db";
import { LOCALES } from "@/lib/i18n/config";
import { runAction } from "@/lib/run-action";
import { resolveArea } from "./area";
import { noticePageKeysOf } from "./page-keys";
import {
  allClearNotice, cancelNotice, createNotice, detachNoticeAudio, issueNotice, prepareNoticeUpdate, saveNoticeTranslation,
  updateNoticeSettings,
} from "./mutations";
import { noticeResource } from "./policy";
import { ZAllClearNotice, ZCancelNotice, ZCreateNotice, ZNoticeId, ZNoticeSettings, ZSaveNoticeTranslation } from "./schema";
import { NOTICES_TAG } from "./tags";

/*
 * Every action checks the permission against the notice's area on the server (runAction, then
 * again inside the mutation's transaction), so a crafted request cannot reach another commune.
 * Every change empties the cached notice reads and the stored pages that may show the notice
 * (lib/notices/page-keys.ts): its own pages, the lists, its area's commune pages and the banner
 * of its area's readers (of every reader, province-wide), so a notice shows (or goes) at once.
 */

/** The resource an existing notice is (an unknown id: province-wide, so only officials get further). */
async function resourceOf(id: string): Promise<Resource> {
  const notice = await db.notice.findUnique({ where: { id }, select: { communeId: true } });
  return notice ? noticeResource(notice) : { communeId: null };
}

/** The resource a chosen area is; an area that is not valid is the province's (the mutation says why). */
async function areaResource(input: { provinceWide: boolean; unitIds: string[] }): Promise<Resource> {
  return resolveArea(db, input).catch(() => ({ communeId: null }));
}

/** Lifecycle steps change which forms the editor shows, so the editor shows their outcome itself. */
function toEditor(state: FormState, id: string | undefined, done: string): FormState {
  if (state.ok && id) redirect(`/admin/notices/${encodeURIComponent(id)}?done=${done}`);
  return state;
}

export async function createNoticeAction(_state: FormState, formData: FormData): Promise<FormState> {
  let id: string | undefined;
  const state = await runAction({
    formData,
    permission: "notices.manage",
    schema: ZCreateNotice,
    resource: areaResource,
    run: async (input, { viewer, ip }) => {
      id = (await createNotice(input, { actor: viewer, ip })).id;
      await invalidateSome([NOTICES_TAG], await noticePageKeysOf(db, id));
      return success("notices:admin.created");
    },
  });
  return toEditor(state, id, "created");
}

export async function updateNoticeSettingsAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runAction({
    formData,
    permission: "notices.manage",
    schema: ZNoticeSettings,
    resource: (input) => resourceOf(input.id),
    run: async (input, { viewer, ip }) => {
      await updateNoticeSettings(input, { actor: viewer, ip });
      await invalidateSome([NOTICES_TAG], await noticePageKeysOf(db, input.id));
      return success("notices:admin.saved");
    },
  });
}

export async function saveNoticeTranslationAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runAction({
    formData,
    permission: "notices.manage",
    schema: ZSaveNoticeTranslation,
    resource: (input) => resourceOf(input.noticeId),
    run: async (input, { viewer, ip }) => {
      await saveNoticeTranslation(input, { actor: viewer, ip });
      await invalidateSome([NOTICES_TAG], await noticePageKeysOf(db, input.noticeId));
      return success("notices:admin.saved");
    },
  });
}

export async function issueNoticeAction(_state: FormState, formData: FormData): Promise<FormState> {
  let id: string | undefined;
  const state = await runAction({
    formData,
    permission: "notices.manage",
    schema: ZNoticeId,
    resource: (input) => resourceOf(input.id),
    run: async (input, { viewer, ip }) => {
      id = (await issueNotice(input.id, { actor: viewer, ip })).id;
      await invalidateSome([NOTICES_TAG], await noticePageKeysOf(db, id));
      return success("notices:admin.issued");
    },
  });
  return toEditor(state, id, "issued");
}

export async function prepareUpdateAction(_state: FormState, formData: FormData): Promise<FormState> {
  let id: string | undefined;
  const state = await runAction({
    formData,
    permission: "notices.manage",
    schema: ZNoticeId,
    resource: (input) => resourceOf(input.id),
    run: async (input, { viewer, ip }) => {
      id = await prepareNoticeUpdate(input.id, { actor: viewer, ip });
      await invalidateSome([NOTICES_TAG], await noticePageKeysOf(db, id));
      return success("notices:admin.updatePrepared");
    },
  });
  return toEditor(state, id, "updatePrepared");
}

export async function cancelNoticeAction(_state: FormState, formData: FormData): Promise<FormState> {
  let id: string | undefined;
  const state = await runAction({
    formData,
    permission: "notices.manage",
    schema: ZCancelNotice,
    resource: (input) => resourceOf(input.id),
    run: async (input, { viewer, ip }) => {
      id = await cancelNotice(input, { actor: viewer, ip });
      await invalidateSome([NOTICES_TAG], await noticePageKeysOf(db, id));
      return success("notices:admin.cancelled");
    },
  });
  return toEditor(state, id, "cancelled");
}

export async function allClearNoticeAction(_state: FormState, formData: FormData): Promise<FormState> {
  let id: string | undefined;
  const state = await runAction({
    formData,
    permission: "notices.manage",
    schema: ZAllClearNotice,
    resource: (input) => resourceOf(input.id),
    run: async (input, { viewer, ip }) => {
      id = await allClearNotice(input, { actor: viewer, ip });
      await invalidateSome([NOTICES_TAG], await noticePageKeysOf(db, id));
      return success("notices:admin.allClear");
    },
  });
  return toEditor(state, id, "allClear");
}

const ZDetachAudio = z.object({ id: z.string().min(1).max(40), locale: z.enum(LOCALES) });

export async function detachNoticeAudioAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runAction({
    formData,
    permission: "notices.manage",
    schema: ZDetachAudio,
    resource: (input) => resourceOf(input.id),
    run: async (input, { viewer, ip }) => {
      await detachNoticeAudio(input.id, input.locale, { actor: viewer, ip });
      await invalidateSome([NOTICES_TAG], await noticePageKeysOf(db, input.id));
      return success("notices:admin.audioRemoved");
    },
  });
}
