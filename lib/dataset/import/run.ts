import "server-only";
import { writeAudit } from "@/lib/audit/record";
import { can, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { loadReference } from "../reference";
import { importFormat } from "../schema";
import { writeObservations, type WriteSummary } from "../write-observations";
import { parseImportFile, type FileProblem } from "./parse";
import { reportProgress } from "./progress";
import { validateImport, type ExistingValue, type ImportProblem, type ValidatedImport } from "./validate";

type Viewer = Actor & { id: string };
type Context = { viewer: Viewer; ip: string | null; progressToken?: string };

/** What the report page shows; stored with the import (problems capped: the count says how many). */
export type ImportReport = {
  fileProblem?: FileProblem;
  problems: ImportProblem[];
  problemCount: number;
  outOfScopeRows: number[];
  unmatchedGroups: string[];
  /** What committing would do, against the values stored at preview time. */
  expected?: WriteSummary;
};
const MAX_PROBLEMS_KEPT = 500;

/** Values already stored for the years and communes a file touches. */
async function existingValues(rows: ValidatedImport["rows"]): Promise<ExistingValue[]> {
  if (rows.length === 0) return [];
  const years = [...new Set(rows.map((r) => r.year))];
  const communes = [...new Set(rows.map((r) => r.communeId))];
  return db.observation.findMany({
    where: { year: { in: years }, communeId: { in: communes } },
    select: { indicatorId: true, unitId: true, groupKey: true, year: true, value: true },
  });
}

/** Reads and checks a file: the same steps for the dry run and for the commit. */
async function check(format: "csv" | "xlsx", bytes: Uint8Array, ctx: Context) {
  reportProgress(ctx.progressToken, ctx.viewer.id, "read");
  const parsed = await parseImportFile(format, bytes);
  if (parsed.problem) return { report: { fileProblem: parsed.problem, problems: [], problemCount: 1, outOfScopeRows: [], unmatchedGroups: [] } satisfies ImportReport, rowCount: 0, rows: [] };
  reportProgress(ctx.progressToken, ctx.viewer.id, "check", 0, parsed.rows.length);
  const reference = await loadReference(db);
  const firstPass = validateImport({ rows: parsed.rows, reference, mayImportFor: (communeId) => can(ctx.viewer, "dataset.import", { communeId }), existing: [] });
  const existing = await existingValues(firstPass.rows);
  const result = existing.length
    ? validateImport({ rows: parsed.rows, reference, mayImportFor: (communeId) => can(ctx.viewer, "dataset.import", { communeId }), existing })
    : firstPass;
  reportProgress(ctx.progressToken, ctx.viewer.id, "check", parsed.rows.length, parsed.rows.length);
  const stored = new Map(existing.map((e) => [`${e.indicatorId}|${e.unitId}|${e.groupKey}|${e.year}`, e.value]));
  const expected: WriteSummary = { inserted: 0, updated: 0, unchanged: 0 };
  for (const row of result.rows) {
    const before = stored.get(`${row.indicatorId}|${row.unitId}|${row.groupKey}|${row.year}`);
    if (before === undefined) expected.inserted++;
    else if (before !== row.value) expected.updated++;
    else expected.unchanged++;
  }
  const report: ImportReport = {
    problems: result.problems.slice(0, MAX_PROBLEMS_KEPT),
    problemCount: result.problems.length,
    outOfScopeRows: result.outOfScopeRows.slice(0, MAX_PROBLEMS_KEPT),
    unmatchedGroups: result.unmatchedGroups.slice(0, 100),
    expected,
  };
  return { report, rowCount: parsed.rows.length, rows: result.rows };
}

/**
 * The dry run: reads and checks the file, writes no value, and keeps the file with its report
 * so that the commit applies exactly what was checked. Returns the import's id.
 */
export async function previewImport(file: { name: string; bytes: Uint8Array }, ctx: Context): Promise<string> {
  const format = importFormat(file.name);
  if (!format) throw new AppError("invalid", "dataset.import.format", undefined, "file");
  const { report, rowCount } = await check(format, file.bytes, ctx);
  const created = await db.dataImport.create({
    data: {
      actorId: ctx.viewer.id,
      communeId: ctx.viewer.role === "COMMUNE_CADRE" ? ctx.viewer.communeId : null,
      fileName: file.name.slice(0, 200),
      format,
      size: file.bytes.byteLength,
      content: Buffer.from(file.bytes),
      status: report.problemCount > 0 ? "REJECTED" : "PREVIEWED",
      rowCount,
      report: report as unknown as Prisma.InputJsonValue,
    },
    select: { id: true },
  });
  reportProgress(ctx.progressToken, ctx.viewer.id, "done", rowCount, rowCount);
  return created.id;
}

/** An import as its report page shows it (the uploader's own, or any for province staff). */
export async function getImport({ viewer, id }: { viewer: Viewer; id: string }) {
  const found = await db.dataImport.findUnique({
    where: { id },
    select: { id: true, actorId: true, communeId: true, fileName: true, format: true, size: true, status: true, rowCount: true, report: true, summary: true, createdAt: true, committedAt: true },
  });
  if (!found || (found.actorId !== viewer.id && !can(viewer, "dataset.import", { communeId: null }))) return null;
  return { ...found, report: found.report as unknown as ImportReport, summary: found.summary as WriteSummary | null };
}

/**
 * Applies a previewed import: checks the kept file again (values may have changed since), then
 * writes every row in one transaction — all or nothing — with one audit row for the import.
 */
export async function commitImport(id: string, ctx: Context): Promise<WriteSummary> {
  const found = await db.dataImport.findUnique({ where: { id } });
  if (!found || found.actorId !== ctx.viewer.id) throw new AppError("notFound", "form.notFound");
  if (found.status !== "PREVIEWED") throw new AppError("conflict", "dataset.import.notCommittable");
  const { report, rows } = await check(found.format as "csv" | "xlsx", new Uint8Array(found.content), ctx);
  if (report.problemCount > 0) {
    await db.dataImport.update({ where: { id }, data: { status: "REJECTED", report: report as unknown as Prisma.InputJsonValue } });
    throw new AppError("conflict", "dataset.import.changed");
  }
  reportProgress(ctx.progressToken, ctx.viewer.id, "write", 0, rows.length);
  const summary = await db.$transaction(
    async (tx) => {
      // Only one commit of the same import: the status changes first, under the row's lock.
      const claimed = await tx.dataImport.updateMany({ where: { id, status: "PREVIEWED" }, data: { status: "COMMITTED", committedAt: new Date() } });
      if (claimed.count !== 1) throw new AppError("conflict", "dataset.import.notCommittable");
      const written = await writeObservations(tx, rows, { actorId: ctx.viewer.id, importId: id });
      await tx.dataImport.update({ where: { id }, data: { summary: written } });
      await writeAudit(tx, {
        actorId: ctx.viewer.id,
        action: "dataset.imported",
        entityType: "DataImport",
        entityId: id,
        after: { fileName: found.fileName, rows: rows.length, ...written },
        ip: ctx.ip,
      });
      return written;
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
  reportProgress(ctx.progressToken, ctx.viewer.id, "done", rows.length, rows.length);
  return summary;
}
