/**
 * The indicator catalogue, and DEMO figures for the demo communes and villages (2023–2025).
 * The figures are made up to look plausible for the province; they are marked as demo data in
 * their source and are not official statistics. Idempotent: indicators are created when missing
 * (an administrator's edits are kept); demo values only while no value of theirs exists.
 */
import { snapshotRelease } from "@/lib/dataset/release-sql";
import type { PrismaClient } from "@/lib/generated/prisma/client";

type SeedIndicator = {
  code: string;
  valueType: "COUNT" | "PERCENT" | "AMOUNT";
  aggregation: "SUM" | "WEIGHTED" | "NONE";
  weight?: string;
  min?: number;
  max?: number;
  vi: [string, string];
  en: [string, string];
};

export const INDICATORS: SeedIndicator[] = [
  { code: "POP", valueType: "COUNT", aggregation: "SUM", vi: ["Dân số", "người"], en: ["Population", "people"] },
  { code: "HH", valueType: "COUNT", aggregation: "SUM", vi: ["Số hộ", "hộ"], en: ["Households", "households"] },
  { code: "POOR_HH", valueType: "COUNT", aggregation: "SUM", vi: ["Hộ nghèo", "hộ"], en: ["Poor households", "households"] },
  { code: "NEAR_POOR_HH", valueType: "COUNT", aggregation: "SUM", vi: ["Hộ cận nghèo", "hộ"], en: ["Near-poor households", "households"] },
  {
    code: "HH_ELECTRICITY",
    valueType: "COUNT",
    aggregation: "SUM",
    vi: ["Hộ có điện lưới", "hộ"],
    en: ["Households with grid electricity", "households"],
  },
  {
    code: "HH_CLEAN_WATER",
    valueType: "COUNT",
    aggregation: "SUM",
    vi: ["Hộ dùng nước sạch", "hộ"],
    en: ["Households with clean water", "households"],
  },
  {
    code: "OUT_OF_SCHOOL",
    valueType: "COUNT",
    aggregation: "SUM",
    vi: ["Trẻ em trong độ tuổi đi học không đến trường", "em"],
    en: ["School-age children out of school", "children"],
  },
  {
    code: "LITERACY_RATE",
    valueType: "PERCENT",
    aggregation: "WEIGHTED",
    weight: "POP",
    min: 0,
    max: 100,
    vi: ["Tỷ lệ biết chữ", "%"],
    en: ["Literacy rate", "%"],
  },
  {
    code: "HEALTH_INSURED",
    valueType: "COUNT",
    aggregation: "SUM",
    vi: ["Người có thẻ bảo hiểm y tế", "người"],
    en: ["People with health insurance", "people"],
  },
  {
    code: "PRESTIGIOUS",
    valueType: "COUNT",
    aggregation: "SUM",
    min: 0,
    max: 50,
    vi: ["Người có uy tín", "người"],
    en: ["Prestigious persons", "people"],
  },
];

export const DEMO_SOURCE = "DỮ LIỆU MẪU (demo) – không phải số liệu thống kê chính thức";
export const DEMO_YEARS = [2023, 2024, 2025];

/** Ethnic mix of each demo commune (group name → share of the population). */
const MIX: Record<string, Record<string, number>> = {
  "minh-dan": { Tày: 0.5, Dao: 0.25, Kinh: 0.15, "Sán Chay": 0.1 },
  "thuong-lam": { Tày: 0.55, Dao: 0.2, Mông: 0.15, Kinh: 0.1 },
  "hong-quang": { Dao: 0.4, Tày: 0.3, Mông: 0.2, Nùng: 0.1 },
  "yen-thuan": { Tày: 0.35, Dao: 0.3, Kinh: 0.2, "Sán Dìu": 0.15 },
  "tan-trao": { Tày: 0.6, Kinh: 0.25, "Sán Chay": 0.1, "Sán Dìu": 0.05 },
  "kim-binh": { Tày: 0.45, Dao: 0.2, "Sán Chay": 0.2, Nùng: 0.15 },
};

/** A small, repeatable random sequence, so every seeded database holds the same figures. */
function sequence(seed: number) {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
}

export async function seedDataset(db: PrismaClient): Promise<void> {
  const ids = new Map<string, string>();
  for (const [index, indicator] of INDICATORS.entries()) {
    const row = await db.indicator.upsert({
      where: { code: indicator.code },
      update: {},
      create: {
        code: indicator.code,
        valueType: indicator.valueType,
        aggregation: indicator.aggregation,
        weightId: indicator.weight ? ids.get(indicator.weight) : null,
        min: indicator.min ?? null,
        max: indicator.max ?? null,
        sortOrder: index + 1,
        translations: {
          create: [
            { locale: "vi", name: indicator.vi[0], unit: indicator.vi[1] },
            { locale: "en", name: indicator.en[0], unit: indicator.en[1] },
          ],
        },
      },
    });
    ids.set(indicator.code, row.id);
  }

  if ((await db.observation.count({ where: { source: DEMO_SOURCE } })) > 0) return;
  const groups = new Map((await db.ethnicGroup.findMany({ select: { id: true, name: true } })).map((g) => [g.name, g.id]));
  const communes = await db.adminUnit.findMany({
    where: { level: "COMMUNE", isDemo: true },
    include: { children: { orderBy: { sortOrder: "asc" } } },
  });
  const random = sequence(2025);
  const rows: {
    indicatorId: string;
    unitId: string;
    communeId: string;
    groupId: string | null;
    groupKey: string;
    year: number;
    value: number;
    source: string;
  }[] = [];
  const add = (code: string, unitId: string, communeId: string, groupId: string | null, year: number, value: number) =>
    rows.push({ indicatorId: ids.get(code)!, unitId, communeId, groupId, groupKey: groupId ?? "ALL", year, value, source: DEMO_SOURCE });

  for (const commune of communes) {
    const mix = MIX[commune.slug] ?? { Tày: 0.6, Dao: 0.4 };
    for (const [v, village] of commune.children.entries()) {
      const base = 380 + Math.round(random() * 520);
      const poverty = 0.12 + random() * 0.2;
      const literacy = 88 + random() * 9;
      for (const [y, year] of DEMO_YEARS.entries()) {
        const growth = 1 + 0.012 * y;
        const povertyThisYear = poverty * (1 - 0.15 * y);
        let households = 0;
        let population = 0;
        for (const [name, share] of Object.entries(mix)) {
          const groupId = groups.get(name);
          if (!groupId) continue;
          const people = Math.max(6, Math.round(base * share * growth));
          const hh = Math.max(2, Math.round(people / 4.3));
          population += people;
          households += hh;
          add("POP", village.id, commune.id, groupId, year, people);
          add("HH", village.id, commune.id, groupId, year, hh);
          add("POOR_HH", village.id, commune.id, groupId, year, Math.round(hh * povertyThisYear * (name === "Kinh" ? 0.4 : 1.1)));
          add("NEAR_POOR_HH", village.id, commune.id, groupId, year, Math.round(hh * 0.12));
        }
        // A few Mông people in Minh Dân's third village: a small cell the public never sees exactly.
        if (commune.slug === "minh-dan" && v === 2 && groups.get("Mông")) {
          add("POP", village.id, commune.id, groups.get("Mông")!, year, 3);
          add("HH", village.id, commune.id, groups.get("Mông")!, year, 1);
          population += 3;
          households += 1;
        }
        add("HH_ELECTRICITY", village.id, commune.id, null, year, Math.round(households * Math.min(1, 0.93 + 0.02 * y)));
        add("HH_CLEAN_WATER", village.id, commune.id, null, year, Math.round(households * (0.7 + 0.05 * y)));
        add("OUT_OF_SCHOOL", village.id, commune.id, null, year, Math.round(random() * 9));
        add("LITERACY_RATE", village.id, commune.id, null, year, Math.round((literacy + y * 0.4) * 10) / 10);
        add("HEALTH_INSURED", village.id, commune.id, null, year, Math.round(population * (0.9 + 0.02 * y)));
        add("PRESTIGIOUS", village.id, commune.id, null, year, 1 + Math.round(random() * 2));
      }
    }
  }
  await db.observation.createMany({ data: rows, skipDuplicates: true });

  // The demo years are released province-wide (vintage 1), so the public site shows them; a
  // year entered later stays internal until an official releases it.
  for (const year of DEMO_YEARS) {
    if (await db.dataRelease.findFirst({ where: { year } })) continue;
    const release = await db.dataRelease.create({
      data: { year, communeId: null, vintage: 1, kind: "RELEASE", note: null, completeness: { demo: true } },
      select: { id: true },
    });
    await snapshotRelease(db, release.id, year, null);
  }

  // Two made-up entries per demo commune in the register (names marked as demo).
  if ((await db.prestigiousPerson.count()) === 0) {
    const roles = ["Già làng", "Trưởng thôn"];
    for (const commune of communes) {
      const mix = Object.keys(MIX[commune.slug] ?? { Tày: 1 });
      for (const [index, village] of commune.children.slice(0, 2).entries()) {
        await db.prestigiousPerson.create({
          data: {
            name: `Người có uy tín ${index + 1} – ${commune.name} (mẫu)`,
            groupId: groups.get(mix[index % mix.length]!) ?? groups.get("Tày")!,
            villageId: village.id,
            communeId: commune.id,
            role: roles[index]!,
            yearRecognised: 2023,
          },
        });
      }
    }
  }
}
