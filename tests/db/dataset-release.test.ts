/* eslint-disable max-lines -- one workflow's outcomes (release, revise, open data), each test building on the same seeded figures */
/**
 * The dataset as official statistics (issue 15): entered figures stay internal until released;
 * releases, revisions and vintages; the open data (tidy CSV read by a standard CSV parser, the
 * data package checked by the Frictionless Table Schema library).
 */
import { parse } from "csv-parse/sync";
import { Schema } from "tableschema";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { ALL_GROUPS } from "@/lib/dataset/aggregate";
import { seedDataset } from "@/prisma/seed/dataset";
import { communeBySlug, db, resetDatabase, seedBase, userByEmail } from "./helpers";

vi.mock("next/cache", () => ({ unstable_cache: <T>(fn: T) => fn, updateTag: () => {}, refresh: () => {} }));

const { saveGrid } = await import("@/lib/dataset/mutations");
const { getPublicDataset } = await import("@/lib/dataset/queries");
const { getReleaseOverview, releaseYear } = await import("@/lib/dataset/release");
const { publicDataDownload } = await import("@/lib/dataset/download");
const { commitImport, previewImport } = await import("@/lib/dataset/import/mutations");
const { getImport } = await import("@/lib/dataset/import/queries");
const csv = (lines: string[]) =>
  new TextEncoder().encode(
    ["year,commune_code,village_code,ethnic_group_code,ethnic_group,indicator_code,value,source,note", ...lines].join("\n"),
  );

const download = async (query: string, format: "csv" | "json" | "datapackage" = "csv") => {
  const response = await publicDataDownload(
    new Request(`http://localhost/vi/data/${format === "datapackage" ? "datapackage.json" : `download.${format}`}${query}`),
    "vi",
    format,
  );
  const bytes = new Uint8Array(await response.arrayBuffer());
  // Response.text() drops a BOM: decode keeping it, to see what a spreadsheet gets.
  return {
    status: response.status,
    bytes,
    body: new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes),
    type: response.headers.get("content-type"),
  };
};
type Row = Record<string, string>;
const readCsv = (body: string): Row[] => parse(body, { bom: true, columns: true, skip_empty_lines: true });

describe("dataset releases", () => {
  let official: Awaited<ReturnType<typeof userByEmail>>;
  beforeEach(async () => {
    await resetDatabase();
    await seedBase();
    await seedDataset(db);
    official = await userByEmail("official@demo.local");
  });

  it("entered figures stay internal until released; a change after release waits for a revision; earlier vintages stay as released", async () => {
    const commune = await communeBySlug("minh-dan");
    const village = await communeBySlug("minh-dan-thon-1");
    const pop = await db.indicator.findUniqueOrThrow({ where: { code: "POP" } });
    const enter = (value: string) =>
      saveGrid(
        {
          communeId: commune.id,
          year: 2026,
          groupKey: ALL_GROUPS,
          source: null,
          cells: [{ field: `v.${village.id}.${pop.id}`, unitId: village.id, indicatorId: pop.id, raw: value }],
        },
        { actor: official, ip: null },
      );
    expect((await enter("1050")).changed).toBe(1);

    let dataset = await getPublicDataset();
    expect(dataset.years[0]).toBe(2025);
    expect(dataset.years).not.toContain(2026);
    expect(readCsv((await download("")).body).filter((r) => r.year === "2026")).toEqual([]);

    const overview = await getReleaseOverview({ viewer: official, year: 2026 });
    const row = overview.rows.find((r) => r.communeId === commune.id)!;
    expect(row.status).toBe("draft");
    expect(row.completeness.values).toBe(1);
    expect(row.completeness.missingVillages.length).toBeGreaterThan(0);
    expect(row.completeness.missingIndicators).toContain("HH");
    expect(overview.rows.find((r) => r.communeId !== commune.id)!.status).toBe("empty");

    await expect(releaseYear({ year: 2026, communeId: null, note: null }, { actor: official, ip: null })).rejects.toMatchObject({
      userMessage: "dataset.release.gapNoteRequired",
    });
    const first = await releaseYear(
      { year: 2026, communeId: null, note: "Chỉ có số liệu thôn 1 của Minh Dân" },
      { actor: official, ip: null },
    );
    expect(first).toMatchObject({ vintage: 1, kind: "RELEASE", values: 1 });
    expect(await db.auditLog.count({ where: { action: "dataset.released", entityId: first.id } })).toBe(1);
    dataset = await getPublicDataset();
    expect(dataset.years[0]).toBe(2026);
    expect(dataset.byYear["2026"]!.indicators.POP!.byCommune[commune.id]).toEqual({ value: 1050, suppressed: false });
    expect(dataset.releases!["2026"]).toMatchObject({ vintage: 1, revisedAt: null });
    const vintage1 = (await download("?year=2026")).body;
    await expect(releaseYear({ year: 2026, communeId: null, note: "x" }, { actor: official, ip: null })).rejects.toMatchObject({
      userMessage: "dataset.release.nothingNew",
    });

    // A correction: internal until released as a revision, with its note.
    await enter("1100");
    expect((await getPublicDataset()).byYear["2026"]!.indicators.POP!.byCommune[commune.id]!.value).toBe(1050);
    expect((await getReleaseOverview({ viewer: official, year: 2026 })).rows.find((r) => r.communeId === commune.id)).toMatchObject({
      status: "changedSinceRelease",
      changed: 1,
    });
    await expect(releaseYear({ year: 2026, communeId: commune.id, note: null }, { actor: official, ip: null })).rejects.toMatchObject({
      userMessage: "dataset.release.revisionNoteRequired",
    });
    const revision = await releaseYear({ year: 2026, communeId: commune.id, note: "Sửa dân số thôn 1" }, { actor: official, ip: null });
    expect(revision).toMatchObject({ vintage: 2, kind: "REVISION" });
    expect(await db.auditLog.count({ where: { action: "dataset.revised", entityId: revision.id } })).toBe(1);
    dataset = await getPublicDataset();
    expect(dataset.byYear["2026"]!.indicators.POP!.byCommune[commune.id]!.value).toBe(1100);
    expect(dataset.releases!["2026"]!.revisedAt).not.toBeNull();
    expect(dataset.releases!["2026"]!.vintages.map((v) => [v.vintage, v.kind, v.note])).toEqual([
      [1, "RELEASE", "Chỉ có số liệu thôn 1 của Minh Dân"],
      [2, "REVISION", "Sửa dân số thôn 1"],
    ]);

    // The earlier vintage downloads exactly as it was released.
    expect((await download("?year=2026&vintage=1")).body).toBe(vintage1);
    expect((await download("?year=2026")).body).not.toBe(vintage1);
    expect((await download("?year=2026&vintage=9")).status).toBe(404);
    const population = (body: string) =>
      readCsv(body).find((r) => r.unit_code === "DEMO-01" && r.indicator_code === "POP" && r.ethnic_group_code === "_T")!.value;
    expect(population(vintage1)).toBe("1050");
    expect(population((await download("?year=2026")).body)).toBe("1100");
  });

  it("commune by commune: a commune's release is public for it alone; releasing the others later is a release, not a revision", async () => {
    const [minhDan, thuongLam, pop] = await Promise.all([
      communeBySlug("minh-dan"),
      communeBySlug("thuong-lam"),
      db.indicator.findUniqueOrThrow({ where: { code: "POP" } }),
    ]);
    const villageOf = (communeId: string) => db.adminUnit.findFirstOrThrow({ where: { parentId: communeId } });
    const [v1, v2] = await Promise.all([villageOf(minhDan.id), villageOf(thuongLam.id)]);
    await db.observation.createMany({
      data: [
        { indicatorId: pop.id, unitId: v1.id, communeId: minhDan.id, groupKey: ALL_GROUPS, year: 2035, value: 500 },
        { indicatorId: pop.id, unitId: v2.id, communeId: thuongLam.id, groupKey: ALL_GROUPS, year: 2035, value: 600 },
      ],
    });
    expect(
      await releaseYear({ year: 2035, communeId: minhDan.id, note: "Xã Minh Dân trước" }, { actor: official, ip: null }),
    ).toMatchObject({ vintage: 1, kind: "RELEASE", values: 1 });
    let dataset = await getPublicDataset();
    expect(Object.keys(dataset.byYear["2035"]!.indicators.POP!.byCommune)).toEqual([minhDan.id]);
    expect(await releaseYear({ year: 2035, communeId: null, note: "Các xã còn lại" }, { actor: official, ip: null })).toMatchObject({
      vintage: 2,
      kind: "RELEASE",
    });
    dataset = await getPublicDataset();
    expect(Object.keys(dataset.byYear["2035"]!.indicators.POP!.byCommune).sort()).toEqual([minhDan.id, thuongLam.id].sort());
    expect(dataset.releases!["2035"]!.revisedAt).toBeNull();
    const overview = await getReleaseOverview({ viewer: official, year: 2035 });
    expect(overview.rows.filter((r) => r.completeness.values > 0).map((r) => r.status)).toEqual(["released", "released"]);
  });

  it("the CSV is tidy: a standard parser reads numbers, with suppressed-small for a 3 and suppressed-complementary for its complement", async () => {
    const { body, type } = await download("?year=2025");
    expect(type).toContain("text/csv");
    expect([...(await download("?year=2025")).bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // BOM: Excel opens Vietnamese correctly
    const rows = readCsv(body);
    expect(Object.keys(rows[0]!)).toEqual([
      "year",
      "unit_code",
      "unit_name",
      "level",
      "ethnic_group_code",
      "ethnic_group_name",
      "indicator_code",
      "indicator_name",
      "unit_of_measure",
      "value",
      "status",
    ]);
    for (const row of rows) {
      expect(row.year).toBe("2025");
      if (row.status === "")
        expect(Number.isFinite(Number(row.value)) && /^-?\d+(\.\d+)?$/.test(row.value!), JSON.stringify(row)).toBe(true);
      else {
        expect(["suppressed-small", "suppressed-complementary", "missing"]).toContain(row.status);
        expect(row.value).toBe("");
      }
    }
    const mong = await db.ethnicGroup.findUniqueOrThrow({ where: { name: "Mông" } });
    const minhDan = rows.filter((r) => r.unit_code === "DEMO-01" && r.indicator_code === "POP" && r.ethnic_group_code !== "_T");
    expect(minhDan.find((r) => r.ethnic_group_code === mong.code)).toMatchObject({ status: "suppressed-small", value: "" });
    const complementary = rows.filter((r) => r.indicator_code === "POP" && r.status === "suppressed-complementary");
    expect(complementary.length).toBeGreaterThan(0);
    expect(
      minhDan.some((r) => r.status === "suppressed-complementary") || complementary.some((r) => r.ethnic_group_code === mong.code),
    ).toBe(true);
    // Plain numbers: a population over a thousand has no separator.
    const province = rows.find((r) => r.level === "province" && r.indicator_code === "POP" && r.ethnic_group_code === "_T")!;
    expect(Number(province.value)).toBeGreaterThan(1000);
    expect(province.value).toMatch(/^\d+$/);
    expect(body).not.toContain("<5");
    expect(body).not.toMatch(/Người có uy tín \d/);

    const json = JSON.parse((await download("?year=2025", "json")).body) as { data: { value: number | null; status: string }[] };
    expect(json.data.length).toBe(rows.length);
    expect(json.data.every((r) => (r.status === "" ? typeof r.value === "number" : r.value === null))).toBe(true);
  });

  it("the data package validates against the Frictionless Table Schema, and every CSV row casts by it", async () => {
    const datapackage = JSON.parse((await download("?year=2025", "datapackage")).body);
    expect(datapackage.profile).toBe("tabular-data-package");
    expect(datapackage.vintages).toEqual([expect.objectContaining({ year: 2025, vintage: 1 })]);
    const resource = datapackage.resources[0];
    expect(resource.path).toMatch(/\/vi\/data\/download\.csv\?year=2025$/);
    const schema = await Schema.load(resource.schema, { strict: true });
    expect(schema.valid).toBe(true);
    const records: string[][] = parse((await download("?year=2025")).body, { bom: true, from_line: 2 });
    for (const record of records) schema.castRow(record); // throws on a value the schema refuses
    await expect(
      Schema.load({ ...resource.schema, fields: [{ name: "value", type: "no-such-type" }] }, { strict: true }),
    ).rejects.toBeTruthy();
  });

  it("the import reads numbers as officials type them, by the template's rule, and shows every bad value as read; the preview names what each code matched", async () => {
    const file = csv([
      "2034,DEMO-01,DEMO-01-01,,,POP,1.050,,",
      "2034,DEMO-01,DEMO-01-02,,,POP,1 050,,",
      '2034,DEMO-01,DEMO-01-01,,,LITERACY_RATE,"92,5",,',
      "2034,DEMO-01,,02,,POP,12 34,,",
    ]);
    const rejected = await getImport({
      viewer: official,
      id: await previewImport({ name: "typed.csv", bytes: file }, { actor: official, ip: null }),
    });
    expect(rejected?.status).toBe("REJECTED");
    expect(rejected?.report.problems).toEqual([
      { row: 5, column: "value", message: "dataset.value.notNumber", value: "12 34", expected: "import.expect.valueCOUNT" },
    ]);

    const good = csv([
      "2034,DEMO-01,DEMO-01-01,,,POP,1.050,,",
      "2034,DEMO-01,DEMO-01-02,,,POP,1 050,,",
      '2034,DEMO-01,DEMO-01-01,,,LITERACY_RATE,"92,5",,',
      "2034,DEMO-01,,02,,POP,40,,",
    ]);
    const id = await previewImport({ name: "typed.csv", bytes: good }, { actor: official, ip: null });
    const previewed = await getImport({ viewer: official, id });
    expect(previewed?.status).toBe("PREVIEWED");
    expect(previewed?.report.matched).toMatchObject({
      communes: [["DEMO-01", "Xã Minh Dân"]],
      villages: expect.arrayContaining([["DEMO-01 / DEMO-01-01", expect.stringContaining("1")]]),
      groups: [["02", expect.stringContaining("(02)")]],
      indicators: expect.arrayContaining([["POP", "Dân số"]]),
    });
    await commitImport(id, { actor: official, ip: null });
    const values = await db.observation.findMany({ where: { year: 2034 }, orderBy: { value: "asc" }, select: { value: true } });
    expect(values.map((v) => v.value)).toEqual([40, 92.5, 1050, 1050]);
  });
});
