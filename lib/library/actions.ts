"use server";

import { redirect } from "next/navigation";
import { success, type FormState } from "@/lib/action-result";
import { invalidateSome } from "@/lib/cache/invalidate";
import { db } from "@/lib/db";
import { runAction } from "@/lib/run-action";
import { createLibraryItem, removeLibraryFile, saveLibraryTranslation, updateLibraryFile, updateLibraryItemSettings } from "./mutations";
import { ZCreateLibraryItem, ZLibraryFileId, ZLibraryFileMeta, ZLibraryItemId, ZLibraryItemSettings, ZReturnLibraryItem, ZSaveLibraryTranslation } from "./schema";
import { libraryFilePageKeysOf, libraryItemPageKeys } from "./page-keys";
import { LIBRARY_TAG } from "./tags";
import { publishLibraryItem, returnLibraryItem, submitLibraryItem, unpublishLibraryItem } from "./workflow";

/** Checkbox groups arrive as repeated fields: runAction joins them with commas for the schema. */
const LISTS = ["itemLanguages", "groupIds"] as const;

/*
 * Every server-side check is in the mutations (lib/library/policy.ts through them): who may
 * edit which item in which state. runAction checks the permission table first. Each change
 * purges only the stored pages showing the item (lib/library/page-keys.ts).
 */

export async function createLibraryItemAction(_state: FormState, formData: FormData): Promise<FormState> {
  let id: string | undefined;
  const state = await runAction({
    formData,
    lists: LISTS,
    permission: "library.contribute",
    schema: ZCreateLibraryItem,
    run: async (input, { viewer, ip }) => {
      id = (await createLibraryItem(input, { actor: viewer, ip })).id;
      await invalidateSome([LIBRARY_TAG], libraryItemPageKeys(id));
      return success("admin:library.created");
    },
  });
  if (state.ok && id) redirect(`/admin/library/${id}?created=1`);
  return state;
}

export async function updateLibraryItemAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runAction({
    formData,
    lists: LISTS,
    permission: "library.contribute",
    schema: ZLibraryItemSettings,
    run: async (input, { viewer, ip }) => {
      await updateLibraryItemSettings(input, { actor: viewer, ip });
      await invalidateSome([LIBRARY_TAG], libraryItemPageKeys(input.id));
      return success("admin:library.saved");
    },
  });
}

export async function saveLibraryTranslationAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runAction({
    formData,
    permission: "library.contribute",
    schema: ZSaveLibraryTranslation,
    run: async (input, { viewer, ip }) => {
      await saveLibraryTranslation(input, { actor: viewer, ip });
      await invalidateSome([LIBRARY_TAG], libraryItemPageKeys(input.itemId));
      return success("admin:library.saved");
    },
  });
}

export async function updateLibraryFileAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runAction({
    formData,
    permission: "library.contribute",
    schema: ZLibraryFileMeta,
    run: async (input, { viewer, ip }) => {
      await updateLibraryFile(input, { actor: viewer, ip });
      await invalidateSome([LIBRARY_TAG], await libraryFilePageKeysOf(db, input.fileId));
      return success("admin:library.saved");
    },
  });
}

export async function removeLibraryFileAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runAction({
    formData,
    permission: "library.contribute",
    schema: ZLibraryFileId,
    run: async (input, { viewer, ip }) => {
      const pages = await libraryFilePageKeysOf(db, input.fileId);
      await removeLibraryFile(input.fileId, { actor: viewer, ip });
      await invalidateSome([LIBRARY_TAG], pages);
      return success("admin:library.fileRemoved");
    },
  });
}

/**
 * Workflow steps change which forms the editor shows: the page itself shows the outcome. Only
 * after success, when runAction has parsed the form with every field once: `id` is the id used.
 */
function backToEditor(state: FormState, formData: FormData, done: string): FormState {
  if (state.ok) redirect(`/admin/library/${encodeURIComponent(String(formData.get("id")))}?done=${done}`);
  return state;
}

export async function submitLibraryItemAction(_state: FormState, formData: FormData): Promise<FormState> {
  const state = await runAction({
    formData,
    permission: "library.contribute",
    schema: ZLibraryItemId,
    run: async (input, { viewer, ip }) => {
      await submitLibraryItem(input.id, { actor: viewer, ip });
      await invalidateSome([LIBRARY_TAG], libraryItemPageKeys(input.id));
      return success("admin:library.submitted");
    },
  });
  return backToEditor(state, formData, "submitted");
}

export async function returnLibraryItemAction(_state: FormState, formData: FormData): Promise<FormState> {
  const state = await runAction({
    formData,
    permission: "library.publish",
    schema: ZReturnLibraryItem,
    run: async (input, { viewer, ip }) => {
      await returnLibraryItem(input, { actor: viewer, ip });
      await invalidateSome([LIBRARY_TAG], libraryItemPageKeys(input.id));
      return success("admin:library.returned");
    },
  });
  return backToEditor(state, formData, "returned");
}

export async function publishLibraryItemAction(_state: FormState, formData: FormData): Promise<FormState> {
  const state = await runAction({
    formData,
    permission: "library.publish",
    schema: ZLibraryItemId,
    run: async (input, { viewer, ip }) => {
      await publishLibraryItem(input.id, { actor: viewer, ip });
      await invalidateSome([LIBRARY_TAG], libraryItemPageKeys(input.id));
      return success("admin:library.published");
    },
  });
  return backToEditor(state, formData, "published");
}

export async function unpublishLibraryItemAction(_state: FormState, formData: FormData): Promise<FormState> {
  const state = await runAction({
    formData,
    permission: "library.publish",
    schema: ZLibraryItemId,
    run: async (input, { viewer, ip }) => {
      await unpublishLibraryItem(input.id, { actor: viewer, ip });
      await invalidateSome([LIBRARY_TAG], libraryItemPageKeys(input.id));
      return success("admin:library.unpublished");
    },
  });
  return backToEditor(state, formData, "unpublished");
}
