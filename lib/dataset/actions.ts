"use server";

import { redirect } from "next/navigation";
import { success, type FormState } from "@/lib/action-result";
import { invalidateSome } from "@/lib/cache/invalidate";
import { datasetReleasePageKeys } from "./page-keys";
import { runAction } from "@/lib/run-action";
import { commitImport, previewImport } from "./import/mutations";
import { saveGrid, saveIndicator } from "./mutations";
import { releaseYear } from "./release";
import { deletePrestigiousPerson, savePrestigiousPerson } from "./persons/mutations";
import { communeOfPerson, communeOfVillage } from "./persons/queries";
import { ZCommitImport, ZDeletePrestigiousPerson, ZImportUpload, ZIndicator, ZPrestigiousPerson, ZRelease, ZSaveGrid } from "./schema";
import { DATASET_TAG } from "./tags";

/** Saves the entry grid of one commune (a cadre: their own only). */
export async function saveGridAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runAction({
    formData,
    permission: "dataset.edit",
    schema: ZSaveGrid,
    resource: (input) => ({ communeId: input.communeId }),
    run: async (input, { viewer, ip }) => {
      const result = await saveGrid(input, { actor: viewer, ip });
      if (Object.keys(result.fieldErrors).length) {
        return { ok: false, code: "invalid", formError: "dataset:grid.invalid", fieldErrors: result.fieldErrors };
      }
      // Entered figures stay internal until released: no public page changes.
      if (result.changed) await invalidateSome([DATASET_TAG], []);
      return success(result.changed ? "dataset:grid.saved" : "dataset:grid.unchanged", { count: result.changed });
    },
  });
}

/** The dry run of an import: checks the file, writes nothing, shows the report. */
export async function previewImportAction(_state: FormState, formData: FormData): Promise<FormState> {
  let id: string | undefined;
  const state = await runAction({
    formData,
    permission: "dataset.import",
    schema: ZImportUpload,
    secret: ["file"],
    run: async (input, { viewer, ip }) => {
      const bytes = new Uint8Array(await input.file.arrayBuffer());
      id = await previewImport({ name: input.file.name, bytes }, { viewer, ip, progressToken: input.progressToken });
      return success("dataset:import.checked");
    },
  });
  if (state.ok && id) redirect(`/admin/data/import?id=${id}`);
  return state;
}

/** Applies a previewed import, all rows or none. */
export async function commitImportAction(_state: FormState, formData: FormData): Promise<FormState> {
  let id: string | undefined;
  const state = await runAction({
    formData,
    permission: "dataset.import",
    schema: ZCommitImport,
    run: async (input, { viewer, ip }) => {
      await commitImport(input.id, { viewer, ip, progressToken: input.progressToken });
      // Imported figures stay internal until released: no public page changes.
      await invalidateSome([DATASET_TAG], []);
      id = input.id;
      return success("dataset:import.committed");
    },
  });
  if (state.ok && id) redirect(`/admin/data/import?id=${id}&committed=1`);
  return state;
}

/**
 * Releases a year's figures (or a revision): province-wide or one commune. The scope is decided
 * by the permission table and checked again in the mutation's transaction.
 */
export async function releaseAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runAction({
    formData,
    permission: "dataset.release",
    schema: ZRelease,
    resource: (input) => ({ communeId: input.communeId }),
    run: async (input, { viewer, ip }) => {
      const result = await releaseYear(input, { actor: viewer, ip });
      await invalidateSome([DATASET_TAG], datasetReleasePageKeys(input.communeId ?? null));
      return success(result.kind === "REVISION" ? "dataset:release.revised" : "dataset:release.released", { year: input.year, vintage: result.vintage });
    },
  });
}

export async function saveIndicatorAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runAction({
    formData,
    permission: "indicators.manage",
    schema: ZIndicator,
    run: async (input, { viewer, ip }) => {
      await saveIndicator(input, { actorId: viewer.id, ip });
      await invalidateSome([DATASET_TAG], datasetReleasePageKeys(null));
      return success(input.id ? "dataset:indicators.saved" : "dataset:indicators.created");
    },
  });
}

// The register is never cached nor public: no tag to invalidate; runAction refreshes the page.

/** Adds or edits a prestigious person; a cadre within their commune only. */
export async function savePrestigiousPersonAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runAction({
    formData,
    permission: "prestigiousPersons.manage",
    schema: ZPrestigiousPerson,
    resource: async (input) => ({ communeId: input.id ? await communeOfPerson(input.id) : await communeOfVillage(input.villageId) }),
    run: async (input, { viewer, ip }) => {
      await savePrestigiousPerson(input, { actor: viewer, ip });
      return success(input.id ? "dataset:persons.saved" : "dataset:persons.created");
    },
  });
}

export async function deletePrestigiousPersonAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runAction({
    formData,
    permission: "prestigiousPersons.manage",
    schema: ZDeletePrestigiousPerson,
    resource: async (input) => ({ communeId: await communeOfPerson(input.id) }),
    run: async (input, { viewer, ip }) => {
      await deletePrestigiousPerson(input.id, { actor: viewer, ip });
      return success("dataset:persons.deleted");
    },
  });
}
