/**
 * Releasing the dataset (issue 15) as a matrix case list (tests/db/authorization-dataset-release.test.ts):
 * province staff release and revise, province-wide or one commune, each writing its audit action.
 */
import "./harness"; // its mocks before any action is imported
import { releaseAction } from "@/lib/dataset/actions";
import { seedDataset } from "@/prisma/seed/dataset";
import { communeBySlug, db, resetDatabase, seedBase } from "../helpers";
import { OFFICIALS, type Matrix, type MatrixCase } from "./harness";

export type Ids = { own: string; other: string };

export const CASES: MatrixCase<Ids>[] = [
  {
    name: "release a year province-wide",
    action: releaseAction,
    allowed: OFFICIALS,
    audit: "dataset.released",
    form: () => [
      ["year", "2031"],
      ["communeId", ""],
      ["note", "Các xã khác chưa nhập"],
    ],
  },
  {
    name: "release a year for the cadre's own commune",
    action: releaseAction,
    allowed: OFFICIALS,
    audit: "dataset.released",
    form: (ids) => [
      ["year", "2031"],
      ["communeId", ids.own],
      ["note", "Thiếu thôn"],
    ],
  },
  {
    name: "release a year for another commune",
    action: releaseAction,
    allowed: OFFICIALS,
    audit: "dataset.released",
    form: (ids) => [
      ["year", "2031"],
      ["communeId", ids.other],
      ["note", "Thiếu thôn"],
    ],
  },
  {
    name: "revise a released year (own commune)",
    action: releaseAction,
    allowed: OFFICIALS,
    audit: "dataset.revised",
    form: (ids) => [
      ["year", "2025"],
      ["communeId", ids.own],
      ["note", "Sửa dân số thôn 1"],
    ],
  },
  {
    name: "revise a released year province-wide",
    action: releaseAction,
    allowed: OFFICIALS,
    audit: "dataset.revised",
    form: () => [
      ["year", "2025"],
      ["communeId", ""],
      ["note", "Sửa dân số thôn 1"],
    ],
  },
];

export async function fingerprint() {
  return JSON.stringify(
    await Promise.all([
      db.auditLog.count(),
      db.dataRelease.findMany({ orderBy: { id: "asc" }, select: { id: true, year: true, vintage: true, communeId: true } }),
      db.releasedObservation.count(),
    ]),
  );
}

export async function seed(): Promise<Ids> {
  await resetDatabase();
  await seedBase();
  await seedDataset(db);
  const [own, other, pop] = await Promise.all([
    communeBySlug("minh-dan"),
    communeBySlug("thuong-lam"),
    db.indicator.findUniqueOrThrow({ where: { code: "POP" } }),
  ]);
  const village = await db.adminUnit.findFirstOrThrow({ where: { parentId: own.id } });
  const otherVillage = await db.adminUnit.findFirstOrThrow({ where: { parentId: other.id } });
  // 2031: drafts in both communes; 2025 (released): a change in the cadre's commune.
  await db.observation.createMany({
    data: [
      { indicatorId: pop.id, unitId: village.id, communeId: own.id, groupKey: "ALL", year: 2031, value: 640 },
      { indicatorId: pop.id, unitId: otherVillage.id, communeId: other.id, groupKey: "ALL", year: 2031, value: 710 },
    ],
  });
  await db.observation.updateMany({ where: { unitId: village.id, year: 2025, indicatorId: pop.id }, data: { value: { increment: 7 } } });
  return { own: own.id, other: other.id };
}

export const MATRIX: Matrix<Ids> = {
  title: "authorization: releasing the dataset (server action × roles × communes)",
  cases: CASES,
  seed,
  fingerprint,
};
