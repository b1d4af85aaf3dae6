import { describe, expect, it } from "vitest";
import { parseCsv } from "@/lib/dataset/import/parse";
import { packRows, unpackRows } from "@/lib/dataset/import/stored-rows";
import type { ImportRow } from "@/lib/dataset/import/validate";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("reading a CSV import", () => {
  it("numbers rows as a spreadsheet does: empty lines count, a quoted field over two lines is one row", () => {
    const parsed = parseCsv(
      bytes('\uFEFFnăm;mã_xã;indicator_code;value;ghi chú\n\n2030;DEMO-01;POP;500;"hai\ndòng"\n2030;DEMO-01;HH; 90 ;\n'),
    );
    expect(parsed.problem).toBeUndefined();
    expect(
      parsed.rows!.map((r) => [
        r.row,
        r.fields.year,
        r.fields.commune_code,
        r.fields.indicator_code,
        r.fields.value,
        r.fields.note,
        r.fields.village_code,
      ]),
    ).toEqual([
      [3, "2030", "DEMO-01", "POP", "500", "hai\ndòng", ""],
      [4, "2030", "DEMO-01", "HH", "90", "", ""],
    ]);
  });

  it("names missing columns, and a broken file", () => {
    expect(parseCsv(bytes("year,value\n2030,1\n")).problem).toEqual({
      message: "dataset.import.missingColumns",
      params: { columns: "commune_code, indicator_code" },
    });
    expect(parseCsv(bytes('year,commune_code,indicator_code,value\n2030,"DEMO-01,POP,1\n')).problem?.message).toBe(
      "dataset.import.csvBroken",
    );
    expect(parseCsv(new Uint8Array([0xff, 0xfe, 0x41])).problem?.message).toBe("dataset.import.encoding");
  });
});

describe("the checked rows kept with a dry run", () => {
  it("come back exactly as they were checked", () => {
    const rows: ImportRow[] = [
      {
        row: 2,
        indicatorId: "i1",
        unitId: "u1",
        communeId: "c1",
        groupId: "g1",
        groupKey: "g1",
        year: 2030,
        value: 500,
        source: "Điều tra 2030",
        note: null,
      },
      {
        row: 3,
        indicatorId: "i2",
        unitId: "c1",
        communeId: "c1",
        groupId: null,
        groupKey: "ALL",
        year: 2031,
        value: 92.35,
        source: null,
        note: "ghi chú",
      },
      {
        row: 7,
        indicatorId: "i1",
        unitId: "u1",
        communeId: "c1",
        groupId: null,
        groupKey: "ALL",
        year: 2030,
        value: 0,
        source: "Điều tra 2030",
        note: null,
      },
    ];
    const stored = packRows(rows);
    expect(JSON.parse(new TextDecoder().decode(stored)).strings.sort()).toEqual(
      ["c1", "Điều tra 2030", "g1", "ghi chú", "i1", "i2", "u1"].sort(),
    ); // each id or text once
    expect(unpackRows(new Uint8Array(stored))).toEqual(rows);
  });
});
