import "server-only";
import { can, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { WriteSummary } from "../write-observations";
import type { FileProblem } from "./parse";
import type { ImportProblem, MatchedNames } from "./validate";

/** What the report page shows; stored with the import (problems capped: the count says how many). */
export type ImportReport = {
  fileProblem?: FileProblem;
  problems: ImportProblem[];
  problemCount: number;
  outOfScopeRows: number[];
  unmatchedGroups: string[];
  /** What committing would do, against the values stored at preview time. */
  expected?: WriteSummary;
  /** What the file's codes matched (commune, village, group, indicator), for the preview. */
  matched?: MatchedNames;
};

/** An import as its report page shows it (the uploader's own, or any for province staff). */
export async function getImport({ viewer, id }: { viewer: Actor & { id: string }; id: string }) {
  const found = await db.dataImport.findUnique({
    where: { id },
    select: {
      id: true,
      actorId: true,
      communeId: true,
      fileName: true,
      format: true,
      size: true,
      status: true,
      rowCount: true,
      report: true,
      summary: true,
      createdAt: true,
      committedAt: true,
    },
  });
  if (!found || (found.actorId !== viewer.id && !can(viewer, "dataset.import", { communeId: null }))) return null;
  return { ...found, report: found.report as unknown as ImportReport, summary: found.summary as WriteSummary | null };
}
