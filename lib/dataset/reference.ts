import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { foldVietnamese } from "@/lib/text/slug";

export type IndicatorRef = {
  id: string;
  code: string;
  valueType: "COUNT" | "PERCENT" | "AMOUNT";
  aggregation: "SUM" | "WEIGHTED" | "NONE";
  weightId: string | null;
  min: number | null;
  max: number | null;
  isPublic: boolean;
  sortOrder: number;
  translations: { locale: string; name: string; unit: string }[];
};
export type VillageRef = { id: string; code: string; name: string; fullName: string; slug: string };
export type CommuneRef = VillageRef & { isDemo: boolean; villages: VillageRef[] };
export type GroupRef = {
  id: string;
  code: string | null;
  name: string;
  altNames: string | null;
  sortOrder: number;
  translations: { locale: string; name: string }[];
};
export type DatasetReference = { provinceId: string | null; communes: CommuneRef[]; groups: GroupRef[]; indicators: IndicatorRef[] };

const unitSelect = { id: true, code: true, name: true, fullName: true, slug: true } as const;

/**
 * What values are checked and shown against: the indicator catalogue, the unit tree and the
 * ethnic groups. Plain JSON (cached by the public pages).
 */
export async function loadReference(client: PrismaClient | Tx): Promise<DatasetReference> {
  const [province, communes, groups, indicators] = await Promise.all([
    client.adminUnit.findFirst({ where: { level: "PROVINCE" }, select: { id: true } }),
    client.adminUnit.findMany({
      where: { level: "COMMUNE" },
      orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
      select: { ...unitSelect, isDemo: true, children: { orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: unitSelect } },
    }),
    client.ethnicGroup.findMany({
      orderBy: { sortOrder: "asc" },
      select: { id: true, code: true, name: true, altNames: true, sortOrder: true, translations: { select: { locale: true, name: true } } },
    }),
    client.indicator.findMany({
      orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
      select: {
        id: true,
        code: true,
        valueType: true,
        aggregation: true,
        weightId: true,
        min: true,
        max: true,
        isPublic: true,
        sortOrder: true,
        translations: { select: { locale: true, name: true, unit: true } },
      },
    }),
  ]);
  return {
    provinceId: province?.id ?? null,
    communes: communes.map(({ children, ...commune }) => ({ ...commune, villages: children })),
    groups,
    indicators,
  };
}

/** A name or unit in the reader's language, else Vietnamese. */
export function localized<T extends { locale: string }>(translations: readonly T[], locale: string): T | undefined {
  return translations.find((tr) => tr.locale === locale) ?? translations.find((tr) => tr.locale === "vi");
}

/** "8" → "08": a spreadsheet turns the code 08 into the number 8. */
export function normalizeGroupCode(code: string): string {
  const trimmed = code.trim();
  return /^\d$/.test(trimmed) ? `0${trimmed}` : trimmed;
}

/** Looks groups up by GSO code when one is given, else by any of their names, accents and case ignored. */
export function groupMatcher(groups: readonly GroupRef[]) {
  const byCode = new Map(groups.filter((g) => g.code).map((g) => [g.code!, g]));
  const byName = new Map<string, GroupRef>();
  const key = (text: string) => foldVietnamese(text).replace(/[^a-z0-9]/g, "");
  for (const group of groups) {
    const names = [group.name, ...(group.altNames?.split(/[,;/–]/) ?? []), ...group.translations.map((tr) => tr.name)];
    for (const name of names) if (key(name)) byName.set(key(name), group);
  }
  // A code, when given, decides: a wrong code is reported rather than guessed around.
  return (code: string, name: string): GroupRef | undefined =>
    code.trim() ? byCode.get(normalizeGroupCode(code)) : name.trim() ? byName.get(key(name)) : undefined;
}
