import "server-only";
import { writeAudit, type MutationContext } from "@/lib/audit/record";
import { can, limitedToCommune, type Actor } from "@/lib/auth/permissions";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { loadReference } from "../reference";
import { importFormat } from "../schema";
import { writeObservations, type WriteSummary } from "../write-observations";
import { parseImportFile } from "./parse";
import { reportProgress } from "./progress";
import { packRows, unpackRows } from "./stored-rows";
import type { ImportReport } from "./queries";
import {
  recheckRows,
  ruleProblems,
  validateImport,
  type ExistingValue,
  type ImportProblem,
  type ImportRow,
  type MatchedNames,
} from "./validate";

type Viewer = Actor & { id: string };
type Context = MutationContext & { progressToken?: string };

const MAX_PROBLEMS_KEPT = 500;

/** Values already stored for the years and communes the rows touch. */
async function existingValues(client: typeof db | Tx, rows: readonly ImportRow[]): Promise<ExistingValue[]> {
  if (rows.length === 0) return [];
  const years = [...new Set(rows.map((r) => r.year))];
  const communes = [...new Set(rows.map((r) => r.communeId))];
  // Raw rows, not Prisma models: a re-imported file reads back 100,000 stored values.
  return client.$queryRawUnsafe<ExistingValue[]>(
    `SELECT "indicatorId", "unitId", "groupKey", "year", "value" FROM "Observation" WHERE "year" = ANY($1::int[]) AND "communeId" = ANY($2::text[])`,
    years,
    communes,
  );
}

/** The report of a check: the problems sorted by row and capped, with what a commit would do. */
function reportOf(
  result: { problems: ImportProblem[]; outOfScopeRows: number[]; unmatchedGroups?: string[]; matched?: MatchedNames },
  expected?: WriteSummary,
): ImportReport {
  const problems = [...result.problems].sort((a, b) => a.row - b.row);
  return {
    problems: problems.slice(0, MAX_PROBLEMS_KEPT),
    problemCount: problems.length,
    outOfScopeRows: result.outOfScopeRows.slice(0, MAX_PROBLEMS_KEPT),
    unmatchedGroups: (result.unmatchedGroups ?? []).slice(0, 100),
    expected,
    matched: result.matched,
  };
}

const mayImport = (viewer: Viewer) => (communeId: string) => can(viewer, "dataset.import", { communeId });

/**
 * The dry run: reads and checks the file — each row, then the rules against the values stored —
 * writes no value, and keeps the file, its report and the checked rows, so that the commit
 * applies exactly what was checked. Returns the import's id.
 */
export async function previewImport(file: { name: string; bytes: Uint8Array }, ctx: Context): Promise<string> {
  const format = importFormat(file.name);
  if (!format) throw new AppError("invalid", "dataset.import.format", undefined, "file");
  reportProgress(ctx.progressToken, ctx.actor.id, "read");
  const parsed = await parseImportFile(format, file.bytes);
  let report: ImportReport;
  let rows: ImportRow[] = [];
  if (parsed.problem) {
    report = { fileProblem: parsed.problem, problems: [], problemCount: 1, outOfScopeRows: [], unmatchedGroups: [] };
  } else {
    reportProgress(ctx.progressToken, ctx.actor.id, "check", 0, parsed.rows.length);
    const reference = await loadReference(db);
    const result = validateImport({ rows: parsed.rows, reference, mayImportFor: mayImport(ctx.actor) });
    const existing = await existingValues(db, result.rows);
    result.problems.push(...ruleProblems(result.rows, existing, reference.indicators));
    const stored = new Map(existing.map((e) => [`${e.indicatorId}|${e.unitId}|${e.groupKey}|${e.year}`, e.value]));
    const expected: WriteSummary = { inserted: 0, updated: 0, unchanged: 0 };
    for (const row of result.rows) {
      const before = stored.get(`${row.indicatorId}|${row.unitId}|${row.groupKey}|${row.year}`);
      if (before === undefined) expected.inserted++;
      else if (before !== row.value) expected.updated++;
      else expected.unchanged++;
    }
    report = reportOf(result, expected);
    rows = result.rows;
    reportProgress(ctx.progressToken, ctx.actor.id, "check", parsed.rows.length, parsed.rows.length);
  }
  const rowCount = parsed.rows?.length ?? 0;
  const ok = report.problemCount === 0;
  const fileName = file.name.slice(0, 200);
  const status = ok ? "PREVIEWED" : "REJECTED";
  // The file, its report and checked rows are kept with the audit row of the dry run, in one
  // transaction: an import is never on record without the row saying who uploaded it.
  const created = await db.$transaction(
    async (tx) => {
      const record = await tx.dataImport.create({
        data: {
          actorId: ctx.actor.id,
          communeId: limitedToCommune(ctx.actor, "dataset.import"),
          fileName,
          format,
          size: file.bytes.byteLength,
          content: Buffer.from(file.bytes),
          status,
          rowCount,
          report: report as unknown as Prisma.InputJsonValue,
          rows: ok ? packRows(rows) : undefined,
        },
        select: { id: true },
      });
      await writeAudit(tx, {
        actorId: ctx.actor.id,
        action: "dataset.importPreviewed",
        entityType: "DataImport",
        entityId: record.id,
        after: { fileName, format, size: file.bytes.byteLength, rows: rowCount, status, problems: report.problemCount },
        ip: ctx.ip,
      });
      return record;
    },
    // A large file (megabytes, 100,000 checked rows) takes longer to store than the default 5 s.
    { timeout: 120_000, maxWait: 30_000 },
  );
  reportProgress(ctx.progressToken, ctx.actor.id, "done", rowCount, rowCount);
  return created.id;
}

/**
 * Applies a previewed import in one transaction — all or nothing — with one audit row for the
 * import. The rows are those the dry run checked (kept with it, not read from the file again);
 * they are checked again inside the transaction against the catalogue, the uploader's scope and
 * the values stored now, since any of these may have changed after the dry run. If one fails,
 * nothing is written and the import is rejected with a new report.
 */
export async function commitImport(id: string, ctx: Context): Promise<WriteSummary> {
  const found = await db.dataImport.findUnique({ where: { id }, select: { actorId: true, status: true, fileName: true, rows: true } });
  if (!found || found.actorId !== ctx.actor.id) throw new AppError("notFound", "form.notFound");
  if (found.status !== "PREVIEWED" || !found.rows) throw new AppError("conflict", "dataset.import.notCommittable");
  const rows = unpackRows(found.rows);
  reportProgress(ctx.progressToken, ctx.actor.id, "check", 0, rows.length);
  const outcome = await db.$transaction(
    async (tx) => {
      // Only one commit of the same import: the status changes first, under the row's lock.
      const claimed = await tx.dataImport.updateMany({
        where: { id, status: "PREVIEWED" },
        data: { status: "COMMITTED", committedAt: new Date(), rows: null },
      });
      if (claimed.count !== 1) throw new AppError("conflict", "dataset.import.notCommittable");
      const reference = await loadReference(tx);
      const recheck = recheckRows(rows, reference, mayImport(ctx.actor));
      recheck.problems.push(...ruleProblems(rows, await existingValues(tx, rows), reference.indicators));
      if (recheck.problems.length > 0) {
        const report = reportOf(recheck);
        await tx.dataImport.update({
          where: { id },
          data: { status: "REJECTED", committedAt: null, report: report as unknown as Prisma.InputJsonValue },
          select: { id: true },
        });
        await writeAudit(tx, {
          actorId: ctx.actor.id,
          action: "dataset.importRejected",
          entityType: "DataImport",
          entityId: id,
          after: { fileName: found.fileName, rows: rows.length, problems: report.problemCount },
          ip: ctx.ip,
        });
        return null;
      }
      reportProgress(ctx.progressToken, ctx.actor.id, "write", 0, rows.length);
      const written = await writeObservations(tx, rows, { actorId: ctx.actor.id, importId: id });
      // select: an update returns the row, and this one holds the file (megabytes) otherwise read back.
      await tx.dataImport.update({ where: { id }, data: { summary: written }, select: { id: true } });
      await writeAudit(tx, {
        actorId: ctx.actor.id,
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
  if (!outcome) throw new AppError("conflict", "dataset.import.changed");
  reportProgress(ctx.progressToken, ctx.actor.id, "done", rows.length, rows.length);
  return outcome;
}
