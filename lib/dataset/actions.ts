"use server";

import { success } from "@/lib/action-result";
import { defineAction } from "@/lib/run-action";
import { commitImport, previewImport } from "./import/mutations";
import { saveGrid, saveIndicator } from "./mutations";
import { datasetReleasePageKeys } from "./page-keys";
import { deletePrestigiousPerson, savePrestigiousPerson } from "./persons/mutations";
import { communeOfPerson, communeOfVillage } from "./persons/queries";
import { releaseYear } from "./release";
import { ZCommitImport, ZDeletePrestigiousPerson, ZImportUpload, ZIndicator, ZPrestigiousPerson, ZRelease, ZSaveGrid } from "./schema";
import { DATASET_TAG } from "./tags";

/** Entered and imported figures stay internal until released: the cached reads expire, no public page changes. */
const internalOnly = { tags: [DATASET_TAG], pages: () => [] };

/** Saves the entry grid of one commune (a cadre: their own only). */
export const saveGridAction = defineAction({
  permission: "dataset.edit",
  schema: ZSaveGrid,
  resource: (input) => ({ communeId: input.communeId }),
  run: (input, ctx) => saveGrid(input, ctx),
  invalidate: { ...internalOnly, when: (result) => result.changed > 0 },
  done: (result) =>
    Object.keys(result.fieldErrors).length
      ? { ok: false, code: "invalid", formError: "dataset:grid.invalid", fieldErrors: result.fieldErrors }
      : success(result.changed ? "dataset:grid.saved" : "dataset:grid.unchanged", { count: result.changed }),
});

/** The dry run of an import: checks the file, writes nothing, shows the report. */
export const previewImportAction = defineAction({
  permission: "dataset.import",
  schema: ZImportUpload,
  secret: ["file"],
  run: async (input, ctx) =>
    previewImport(
      { name: input.file.name, bytes: new Uint8Array(await input.file.arrayBuffer()) },
      { ...ctx, progressToken: input.progressToken },
    ),
  done: "dataset:import.checked",
  redirect: (id) => `/admin/data/import?id=${id}`,
});

/** Applies a previewed import, all rows or none. */
export const commitImportAction = defineAction({
  permission: "dataset.import",
  schema: ZCommitImport,
  run: (input, ctx) => commitImport(input.id, { ...ctx, progressToken: input.progressToken }),
  invalidate: internalOnly,
  done: "dataset:import.committed",
  redirect: (_summary, input) => `/admin/data/import?id=${input.id}&committed=1`,
});

/**
 * Releases a year's figures (or a revision): province-wide or one commune. The scope is decided
 * by the permission table and checked again in the mutation's transaction.
 */
export const releaseAction = defineAction({
  permission: "dataset.release",
  schema: ZRelease,
  resource: (input) => ({ communeId: input.communeId }),
  run: (input, ctx) => releaseYear(input, ctx),
  invalidate: { tags: [DATASET_TAG], pages: (input) => datasetReleasePageKeys(input.communeId ?? null) },
  done: (result, input) =>
    success(result.kind === "REVISION" ? "dataset:release.revised" : "dataset:release.released", {
      year: input.year,
      vintage: result.vintage,
    }),
});

export const saveIndicatorAction = defineAction({
  permission: "indicators.manage",
  schema: ZIndicator,
  run: (input, ctx) => saveIndicator(input, ctx),
  invalidate: { tags: [DATASET_TAG], pages: () => datasetReleasePageKeys(null) },
  done: (_indicator, input) => success(input.id ? "dataset:indicators.saved" : "dataset:indicators.created"),
});

// The register is never cached nor public: no tag to invalidate; the pipeline refreshes the page.

/** Adds or edits a prestigious person; a cadre within their commune only. */
export const savePrestigiousPersonAction = defineAction({
  permission: "prestigiousPersons.manage",
  schema: ZPrestigiousPerson,
  resource: async (input) => ({ communeId: input.id ? await communeOfPerson(input.id) : await communeOfVillage(input.villageId) }),
  run: (input, ctx) => savePrestigiousPerson(input, ctx),
  done: (_person, input) => success(input.id ? "dataset:persons.saved" : "dataset:persons.created"),
});

export const deletePrestigiousPersonAction = defineAction({
  permission: "prestigiousPersons.manage",
  schema: ZDeletePrestigiousPerson,
  resource: async (input) => ({ communeId: await communeOfPerson(input.id) }),
  run: (input, ctx) => deletePrestigiousPerson(input.id, ctx),
  done: "dataset:persons.deleted",
});
