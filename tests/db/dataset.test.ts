/* eslint-disable max-lines -- every dataset mutation with its audit row and refusals, on one seeded database */
import { beforeEach, describe, expect, it, vi } from "vitest";
import { AppError } from "@/lib/errors";
import { ALL_GROUPS } from "@/lib/dataset/aggregate";
import { commitImport, previewImport } from "@/lib/dataset/import/mutations";
import { getImport } from "@/lib/dataset/import/queries";
import { saveGrid } from "@/lib/dataset/mutations";
import { listPrestigiousPersons } from "@/lib/dataset/persons/queries";
import { getEntryGrid, getInternalDataView, getPublicDataset, listObservationsForExport } from "@/lib/dataset/queries";
import { seedDataset } from "@/prisma/seed/dataset";
import { communeBySlug, db, resetDatabase, seedBase, userByEmail } from "./helpers";

// Cached reads are plain calls here (no Next.js server around them).
vi.mock("next/cache", () => ({ unstable_cache: <T>(fn: T) => fn, updateTag: () => {}, refresh: () => {} }));

const csv = (lines: string[]) =>
  new TextEncoder().encode(
    ["year,commune_code,village_code,ethnic_group_code,ethnic_group,indicator_code,value,source,note", ...lines].join("\n"),
  );

describe("dataset", () => {
  let official: Awaited<ReturnType<typeof userByEmail>>;
  let cadre: Awaited<ReturnType<typeof userByEmail>>;
  beforeEach(async () => {
    await resetDatabase();
    await seedBase();
    await seedDataset(db);
    official = await userByEmail("official@demo.local");
    cadre = await userByEmail("cadre.minhdan@demo.local");
  });

  it("saves grid values with their history and one audit row; a broken rule writes nothing", async () => {
    const commune = await communeBySlug("minh-dan");
    const village = await communeBySlug("minh-dan-thon-1");
    const [hh, poor] = await Promise.all(["HH", "POOR_HH"].map((code) => db.indicator.findUniqueOrThrow({ where: { code } })));
    const cell = (indicatorId: string, raw: string) => ({ field: `v.${village.id}.${indicatorId}`, unitId: village.id, indicatorId, raw });
    const input = { communeId: commune.id, year: 2030, groupKey: ALL_GROUPS, source: null };

    const bad = await saveGrid({ ...input, cells: [cell(hh!.id, "100"), cell(poor!.id, "120")] }, { actor: official, ip: null });
    expect(bad.fieldErrors[`v.${village.id}.${poor!.id}`]).toEqual(["dataset.rules.poorLeHouseholds"]);
    expect(await db.observation.count({ where: { year: 2030 } })).toBe(0);

    const typed = await saveGrid({ ...input, cells: [cell(hh!.id, "12,5")] }, { actor: official, ip: null });
    expect(typed.fieldErrors[`v.${village.id}.${hh!.id}`]).toEqual(["dataset.value.notInteger"]);

    const good = await saveGrid({ ...input, cells: [cell(hh!.id, "100"), cell(poor!.id, "20")] }, { actor: official, ip: null });
    expect(good).toEqual({ fieldErrors: {}, changed: 2 });
    await saveGrid({ ...input, cells: [cell(hh!.id, "110"), cell(poor!.id, "")] }, { actor: official, ip: null });
    const stored = await db.observation.findMany({ where: { year: 2030 } });
    expect(stored.map((o) => o.value)).toEqual([110]);
    expect(stored[0]!.updatedById).toBe(official.id);
    const history = await db.observationHistory.findMany({ where: { year: 2030 }, orderBy: { changedAt: "asc" } });
    expect(history.map((h) => [h.oldValue, h.newValue]).sort()).toEqual(
      [
        [100, 110],
        [20, null],
        [null, 100],
        [null, 20],
      ].sort(),
    );
    expect(await db.auditLog.count({ where: { action: "observation.saved", actorId: official.id } })).toBe(2);
  });

  it("imports all rows or none: a bad row is reported by row and column and nothing is written", async () => {
    const before = await db.observation.count();
    const file = csv(["2030,DEMO-01,DEMO-01-01,02,,POP,500,,", "2030,DEMO-01,DEMO-01-01,,Mông,POP,abc,,", "2030,DEMO-01,,,,HH,90,,"]);
    const id = await previewImport({ name: "bad.csv", bytes: file }, { actor: official, ip: null });
    const report = await getImport({ viewer: official, id });
    expect(report?.status).toBe("REJECTED");
    expect(report?.report.problems).toEqual([
      { row: 3, column: "value", message: "dataset.value.notNumber", value: "abc", expected: "import.expect.valueCOUNT" },
    ]);
    await expect(commitImport(id, { actor: official, ip: null })).rejects.toBeInstanceOf(AppError);
    expect(await db.observation.count()).toBe(before);

    const fixed = await previewImport(
      {
        name: "good.csv",
        bytes: csv(["2030,DEMO-01,DEMO-01-01,02,,POP,500,,", "2030,DEMO-01,DEMO-01-01,,mong,POP,3,,", "2030,demo-01,,,,HH,90,,"]),
      },
      { actor: official, ip: null },
    );
    expect((await getImport({ viewer: official, id: fixed }))?.report.expected).toEqual({ inserted: 3, updated: 0, unchanged: 0 });
    const summary = await commitImport(fixed, { actor: official, ip: null });
    expect(summary).toEqual({ inserted: 3, updated: 0, unchanged: 0 });
    expect(await db.observation.count()).toBe(before + 3);
    const mong = await db.ethnicGroup.findUniqueOrThrow({ where: { name: "Mông" } });
    expect(await db.observation.count({ where: { year: 2030, groupId: mong.id } })).toBe(1); // matched by name, accents ignored
    expect(await db.auditLog.count({ where: { action: "dataset.imported", entityId: fixed } })).toBe(1);
    expect(await db.observationHistory.count({ where: { importId: fixed } })).toBe(3);
    await expect(commitImport(fixed, { actor: official, ip: null })).rejects.toMatchObject({
      userMessage: "dataset.import.notCommittable",
    });
  });

  it("commits the rows the dry run checked, checking them again: a change after the dry run rejects the import whole", async () => {
    const good = csv([
      "2030,DEMO-01,DEMO-01-01,,,HH,100,,",
      "2030,DEMO-01,DEMO-01-01,,,POOR_HH,30,,",
      "2030,DEMO-01,DEMO-01-02,,,PRESTIGIOUS,3,,",
    ]);
    // A rule broken by a value stored after the dry run (households lowered under the file's poor households).
    const first = await previewImport({ name: "a.csv", bytes: good }, { actor: official, ip: null });
    const village = await communeBySlug("minh-dan-thon-1");
    const hh = await db.indicator.findUniqueOrThrow({ where: { code: "HH" } });
    const commune = await communeBySlug("minh-dan");
    await db.observation.create({
      data: { indicatorId: hh.id, unitId: village.id, communeId: commune.id, groupKey: ALL_GROUPS, year: 2030, value: 20 },
    });
    const file = csv(["2030,DEMO-01,DEMO-01-01,,,POOR_HH,30,,"]);
    const second = await previewImport({ name: "b.csv", bytes: file }, { actor: official, ip: null });
    expect((await getImport({ viewer: official, id: second }))?.status).toBe("REJECTED"); // checked against the stored 20
    await db.observation.deleteMany({ where: { year: 2030 } });
    const third = await previewImport({ name: "c.csv", bytes: file }, { actor: official, ip: null });
    await db.observation.create({
      data: { indicatorId: hh.id, unitId: village.id, communeId: commune.id, groupKey: ALL_GROUPS, year: 2030, value: 20 },
    });
    await expect(commitImport(third, { actor: official, ip: null })).rejects.toMatchObject({ userMessage: "dataset.import.changed" });
    const rejected = await getImport({ viewer: official, id: third });
    expect(rejected?.status).toBe("REJECTED");
    expect(rejected?.report.problems).toMatchObject([{ row: 2, column: "value", message: "dataset.rules.poorLeHouseholds" }]);
    expect(await db.observation.count({ where: { year: 2030 } })).toBe(1);
    await db.observation.deleteMany({ where: { year: 2030 } });

    // An indicator's bounds tightened after the dry run: the row is named, nothing is written.
    await db.indicator.update({ where: { code: "PRESTIGIOUS" }, data: { max: 2 } });
    await expect(commitImport(first, { actor: official, ip: null })).rejects.toMatchObject({ userMessage: "dataset.import.changed" });
    expect((await getImport({ viewer: official, id: first }))?.report.problems).toMatchObject([
      { row: 4, column: "value", message: "dataset.value.aboveMax" },
    ]);
    expect(await db.observation.count({ where: { year: 2030 } })).toBe(0);
    expect(await db.auditLog.count({ where: { action: "dataset.imported" } })).toBe(0);
  });

  it("audits every write of an import: the kept file of a dry run (checked or refused) and a commit refused on the second check", async () => {
    const ip = "203.0.113.7";
    const good = await previewImport({ name: "good.csv", bytes: csv(["2030,DEMO-01,DEMO-01-01,,,POOR_HH,30,,"]) }, { actor: official, ip });
    const bad = await previewImport({ name: "bad.csv", bytes: csv(["2030,DEMO-01,DEMO-01-01,,,POP,abc,,"]) }, { actor: official, ip });
    const previewed = await db.auditLog.findMany({ where: { action: "dataset.importPreviewed" }, orderBy: { createdAt: "asc" } });
    expect(previewed.map((row) => [row.entityType, row.entityId, row.actorId, row.ip])).toEqual([
      ["DataImport", good, official.id, ip],
      ["DataImport", bad, official.id, ip],
    ]);
    expect(previewed.map((row) => row.after)).toMatchObject([
      { fileName: "good.csv", format: "csv", rows: 1, status: "PREVIEWED", problems: 0 },
      { fileName: "bad.csv", format: "csv", rows: 1, status: "REJECTED", problems: 1 },
    ]);
    // Every kept file has its audit row (they are written in one transaction).
    expect(await db.dataImport.count()).toBe(previewed.length);

    // Households stored after the dry run, below the file's poor households: the commit is refused, and audited.
    const village = await communeBySlug("minh-dan-thon-1");
    const commune = await communeBySlug("minh-dan");
    const hh = await db.indicator.findUniqueOrThrow({ where: { code: "HH" } });
    await db.observation.create({
      data: { indicatorId: hh.id, unitId: village.id, communeId: commune.id, groupKey: ALL_GROUPS, year: 2030, value: 20 },
    });
    await expect(commitImport(good, { actor: official, ip })).rejects.toMatchObject({ userMessage: "dataset.import.changed" });
    const rejected = await db.auditLog.findMany({ where: { action: "dataset.importRejected" } });
    expect(rejected).toHaveLength(1);
    expect(rejected[0]).toMatchObject({
      entityType: "DataImport",
      entityId: good,
      actorId: official.id,
      ip,
      after: { fileName: "good.csv", rows: 1, problems: 1 },
    });
    expect((await db.dataImport.findUniqueOrThrow({ where: { id: good } })).status).toBe("REJECTED");
    expect(await db.auditLog.count({ where: { action: "dataset.imported" } })).toBe(0);
  });

  it("an import changes only what differs: history old → new for changed values, nothing for the same file again", async () => {
    const commit = async (lines: string[]) => {
      const id = await previewImport({ name: "f.csv", bytes: csv(lines) }, { actor: official, ip: null });
      return { id, summary: await commitImport(id, { actor: official, ip: null }) };
    };
    const lines = ["2030,DEMO-01,DEMO-01-01,,,POP,500,,", "2030,DEMO-01,DEMO-01-01,,,HH,100,,"];
    expect((await commit(lines)).summary).toEqual({ inserted: 2, updated: 0, unchanged: 0 });
    const before = await db.observation.findMany({ where: { year: 2030 }, orderBy: { value: "asc" } });
    const again = await commit(lines);
    expect(again.summary).toEqual({ inserted: 0, updated: 0, unchanged: 2 });
    expect(await db.observationHistory.count({ where: { importId: again.id } })).toBe(0);
    expect(await db.observation.findMany({ where: { year: 2030 }, orderBy: { value: "asc" } })).toEqual(before); // not even updatedAt moved
    const changed = await commit(["2030,DEMO-01,DEMO-01-01,,,POP,520,,", "2030,DEMO-01,DEMO-01-01,,,HH,100,,sửa ghi chú"]);
    expect(changed.summary).toEqual({ inserted: 0, updated: 2, unchanged: 0 });
    const history = await db.observationHistory.findMany({ where: { importId: changed.id } });
    expect(history.map((h) => [h.oldValue, h.newValue])).toEqual([[500, 520]]); // a note alone is no change of value
    expect((await db.dataImport.findUniqueOrThrow({ where: { id: changed.id } })).rows).toBeNull(); // the checked rows go once written
  });

  it("checks the references of values once per statement as foreign keys would: unknown refused, RESTRICT, SET NULL", async () => {
    const village = await communeBySlug("minh-dan-thon-1");
    const pop = await db.indicator.findUniqueOrThrow({ where: { code: "POP" } });
    const id = await previewImport({ name: "f.csv", bytes: csv(["2030,DEMO-01,DEMO-01-01,01,,POP,500,,"]) }, { actor: official, ip: null });
    await commitImport(id, { actor: official, ip: null });
    const stored = await db.observation.findFirstOrThrow({ where: { year: 2030, unitId: village.id } });
    const value = { indicatorId: pop.id, unitId: village.id, communeId: stored.communeId, groupKey: ALL_GROUPS, year: 2031, value: 1 };

    // A reference to nothing is refused, whichever column, and nothing is written.
    await expect(db.observation.create({ data: { ...value, indicatorId: "no-such-indicator" } })).rejects.toThrow();
    await expect(db.observation.create({ data: { ...value, communeId: "no-such-unit" } })).rejects.toThrow();
    await expect(db.observation.create({ data: { ...value, groupId: "no-such-group", groupKey: "no-such-group" } })).rejects.toThrow();
    await expect(db.observation.update({ where: { id: stored.id }, data: { updatedById: "no-such-user" } })).rejects.toThrow();
    await expect(
      db.observationHistory.create({
        data: { indicatorId: pop.id, unitId: village.id, groupKey: ALL_GROUPS, year: 2031, importId: "no-such-import" },
      }),
    ).rejects.toThrow();
    expect(await db.observation.count({ where: { year: 2031 } })).toBe(0);
    await db.observation.create({ data: value }); // and a right one is written

    // RESTRICT: an indicator, unit or group with values stays.
    await expect(db.indicator.delete({ where: { id: pop.id } })).rejects.toThrow();
    await expect(db.adminUnit.delete({ where: { id: village.id } })).rejects.toThrow();
    await expect(db.ethnicGroup.delete({ where: { id: stored.groupId! } })).rejects.toThrow();
    expect(await db.indicator.count({ where: { id: pop.id } })).toBe(1);

    // SET NULL: the history of a deleted value or import is kept, without the reference.
    const history = await db.observationHistory.findFirstOrThrow({ where: { observationId: stored.id } });
    expect(history).toMatchObject({ importId: id, changedById: official.id, newValue: 500 });
    await db.observation.delete({ where: { id: stored.id } });
    await db.dataImport.delete({ where: { id } });
    expect(await db.observationHistory.findUniqueOrThrow({ where: { id: history.id } })).toMatchObject({
      observationId: null,
      importId: null,
      changedById: official.id,
      newValue: 500,
    });
  });

  it("the entry grid and the back-office export name what each value refers to and who changed it last", async () => {
    const commune = await communeBySlug("minh-dan");
    const village = await communeBySlug("minh-dan-thon-1");
    const [pop, group] = await Promise.all([
      db.indicator.findUniqueOrThrow({ where: { code: "POP" } }),
      db.ethnicGroup.findUniqueOrThrow({ where: { code: "01" } }),
    ]);
    const id = await previewImport(
      { name: "f.csv", bytes: csv(["2030,DEMO-01,DEMO-01-01,01,,POP,500,,", "2030,DEMO-01,,,,POP,900,,"]) },
      { actor: cadre, ip: null },
    );
    await commitImport(id, { actor: cadre, ip: null });

    const grid = await getEntryGrid({ viewer: official, communeId: commune.id, year: 2030, groupKey: group.id });
    expect(grid.get(`${village.id}|${pop.id}`)).toMatchObject({ value: 500, updatedBy: cadre.name });
    const exported = await listObservationsForExport({ viewer: official, communeId: commune.id, year: 2030 });
    const rows = exported.map((o) => [
      o.unit.level,
      o.unit.code,
      o.unit.parent?.code ?? null,
      o.group?.code ?? null,
      o.group?.name ?? null,
      o.indicator.code,
      o.value,
      o.updatedBy?.name,
    ]);
    expect(rows.sort((a, b) => String(a[0]).localeCompare(String(b[0])))).toEqual([
      ["COMMUNE", commune.code, null, null, null, "POP", 900, cadre.name],
      ["VILLAGE", village.code, commune.code, "01", group.name, "POP", 500, cadre.name],
    ]);
  });

  it("refuses a cadre's file with another commune's rows whole, naming the rows", async () => {
    const file = csv(["2030,DEMO-01,DEMO-01-01,,,POP,500,,", "2030,DEMO-02,DEMO-02-01,,,POP,400,,", "2030,DEMO-02,,,,HH,80,,"]);
    const id = await previewImport({ name: "mixed.csv", bytes: file }, { actor: cadre, ip: null });
    const found = await getImport({ viewer: cadre, id });
    expect(found?.status).toBe("REJECTED");
    expect(found?.report.outOfScopeRows).toEqual([3, 4]);
    await expect(commitImport(id, { actor: cadre, ip: null })).rejects.toBeInstanceOf(AppError);
    expect(await db.observation.count({ where: { year: 2030 } })).toBe(0);
  });

  it("a cadre cannot read another commune's prestigious persons", async () => {
    const own = await listPrestigiousPersons({ viewer: cadre });
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((p) => p.communeId === cadre.communeId)).toBe(true);
    const other = await communeBySlug("thuong-lam");
    await expect(listPrestigiousPersons({ viewer: cadre, communeId: other.id })).rejects.toMatchObject({ code: "forbidden" });
    expect((await listPrestigiousPersons({ viewer: official, communeId: other.id })).length).toBeGreaterThan(0);
  });

  it("back-office charts: exact figures; an official sees the province and every commune, a cadre their own commune only", async () => {
    const table = (view: Awaited<ReturnType<typeof getInternalDataView>>, id: string) => view!.tables.find((t) => t.id === id)!;
    const cell = (view: Awaited<ReturnType<typeof getInternalDataView>>, id: string, row: string, column: string) => {
      const found = table(view, id);
      return found.rows.find((r) => r.label === row)!.cells[found.columns.indexOf(column)]!.text;
    };
    const province = await getInternalDataView({ viewer: official, locale: "vi", year: 2025 });
    expect(table(province, "poverty-by-commune").rows.map((r) => r.label)).toEqual(
      expect.arrayContaining(["Xã Minh Dân", "Xã Thượng Lâm", "Toàn tỉnh"]),
    );
    expect(cell(province, "population-by-commune-and-group", "Xã Minh Dân", "Mông")).toBe("3"); // the seeded small cell, exact
    expect(JSON.stringify(province)).not.toContain("<5");

    const own = await getInternalDataView({ viewer: cadre, locale: "vi", year: 2025 });
    expect(own!.commune?.slug).toBe("minh-dan");
    expect(table(own, "poverty-by-commune").rows.map((r) => r.label)).toEqual(["Xã Minh Dân"]);
    expect(cell(own, "population-by-commune-and-group", "Xã Minh Dân", "Mông")).toBe("3");
    const labels = own!.tables.flatMap((t) => t.rows.map((r) => r.label));
    expect(labels).not.toContain("Toàn tỉnh"); // no province totals: with the public ones they would give other communes away
    expect(JSON.stringify(own)).not.toMatch(/Thượng Lâm|Hồng Quang|Yên Thuận/);
    const other = await communeBySlug("thuong-lam");
    await expect(getInternalDataView({ viewer: cadre, locale: "vi", communeId: other.id })).rejects.toMatchObject({ code: "forbidden" });
    expect((await getInternalDataView({ viewer: official, locale: "vi", communeId: other.id }))!.commune?.slug).toBe("thuong-lam");
  });

  it("publishes aggregates only, with the seeded small cell hidden and not derivable", async () => {
    const dataset = await getPublicDataset();
    const year = dataset.byYear["2025"]!;
    const minhDan = await communeBySlug("minh-dan");
    const mong = await db.ethnicGroup.findUniqueOrThrow({ where: { name: "Mông" } });
    const row = year.populationByGroup!.cells[minhDan.id]!;
    expect(row[mong.id]).toMatchObject({ value: null, suppressed: true });
    expect(Object.values(row).filter((cell) => cell.suppressed).length).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(dataset)).not.toMatch(/Người có uy tín \d/);
  });
});
