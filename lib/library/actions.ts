"use server";

import { db } from "@/lib/db";
import { defineAction } from "@/lib/run-action";
import { createLibraryItem, removeLibraryFile, saveLibraryTranslation, updateLibraryFile, updateLibraryItemSettings } from "./mutations";
import {
  ZCreateLibraryItem,
  ZLibraryFileId,
  ZLibraryFileMeta,
  ZLibraryItemId,
  ZLibraryItemSettings,
  ZReturnLibraryItem,
  ZSaveLibraryTranslation,
} from "./schema";
import { libraryFilePageKeysOf, libraryItemPageKeys } from "./page-keys";
import { LIBRARY_TAG } from "./tags";
import { publishLibraryItem, returnLibraryItem, submitLibraryItem, unpublishLibraryItem } from "./workflow";

/** Checkbox groups arrive as repeated fields: the pipeline joins them with commas for the schema. */
const LISTS = ["itemLanguages", "groupIds"] as const;

/*
 * Every server-side check is in the mutations (lib/library/policy.ts through them): who may
 * edit which item in which state. The pipeline checks the permission table first. Each change
 * purges only the stored pages showing the item (lib/library/page-keys.ts).
 */

/** Workflow steps change which forms the editor shows: the page itself shows the outcome. */
function toEditor(id: string, done: string): string {
  return `/admin/library/${encodeURIComponent(id)}?done=${done}`;
}

export const createLibraryItemAction = defineAction({
  permission: "library.contribute",
  schema: ZCreateLibraryItem,
  lists: LISTS,
  run: (input, ctx) => createLibraryItem(input, ctx),
  invalidate: { tags: [LIBRARY_TAG], pages: (_input, item) => libraryItemPageKeys(item.id) },
  done: "admin:library.created",
  redirect: (item) => `/admin/library/${item.id}?created=1`,
});

export const updateLibraryItemAction = defineAction({
  permission: "library.contribute",
  schema: ZLibraryItemSettings,
  lists: LISTS,
  run: (input, ctx) => updateLibraryItemSettings(input, ctx),
  invalidate: { tags: [LIBRARY_TAG], pages: (input) => libraryItemPageKeys(input.id) },
  done: "admin:library.saved",
});

export const saveLibraryTranslationAction = defineAction({
  permission: "library.contribute",
  schema: ZSaveLibraryTranslation,
  run: (input, ctx) => saveLibraryTranslation(input, ctx),
  invalidate: { tags: [LIBRARY_TAG], pages: (input) => libraryItemPageKeys(input.itemId) },
  done: "admin:library.saved",
});

export const updateLibraryFileAction = defineAction({
  permission: "library.contribute",
  schema: ZLibraryFileMeta,
  run: (input, ctx) => updateLibraryFile(input, ctx),
  invalidate: { tags: [LIBRARY_TAG], pages: (input) => libraryFilePageKeysOf(db, input.fileId) },
  done: "admin:library.saved",
});

export const removeLibraryFileAction = defineAction({
  permission: "library.contribute",
  schema: ZLibraryFileId,
  run: (input, ctx) => removeLibraryFile(input.fileId, ctx),
  // The file is gone afterwards: whose it was is read first.
  invalidate: { tags: [LIBRARY_TAG], pagesBefore: (input) => libraryFilePageKeysOf(db, input.fileId) },
  done: "admin:library.fileRemoved",
});

export const submitLibraryItemAction = defineAction({
  permission: "library.contribute",
  schema: ZLibraryItemId,
  run: (input, ctx) => submitLibraryItem(input.id, ctx),
  invalidate: { tags: [LIBRARY_TAG], pages: (input) => libraryItemPageKeys(input.id) },
  done: "admin:library.submitted",
  redirect: (_item, input) => toEditor(input.id, "submitted"),
});

export const returnLibraryItemAction = defineAction({
  permission: "library.publish",
  schema: ZReturnLibraryItem,
  run: (input, ctx) => returnLibraryItem(input, ctx),
  invalidate: { tags: [LIBRARY_TAG], pages: (input) => libraryItemPageKeys(input.id) },
  done: "admin:library.returned",
  redirect: (_item, input) => toEditor(input.id, "returned"),
});

export const publishLibraryItemAction = defineAction({
  permission: "library.publish",
  schema: ZLibraryItemId,
  run: (input, ctx) => publishLibraryItem(input.id, ctx),
  invalidate: { tags: [LIBRARY_TAG], pages: (input) => libraryItemPageKeys(input.id) },
  done: "admin:library.published",
  redirect: (_item, input) => toEditor(input.id, "published"),
});

export const unpublishLibraryItemAction = defineAction({
  permission: "library.publish",
  schema: ZLibraryItemId,
  run: (input, ctx) => unpublishLibraryItem(input.id, ctx),
  invalidate: { tags: [LIBRARY_TAG], pages: (input) => libraryItemPageKeys(input.id) },
  done: "admin:library.unpublished",
  redirect: (_item, input) => toEditor(input.id, "unpublished"),
});
