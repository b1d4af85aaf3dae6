/**
 * Authorization of releasing the dataset (issue 15), in the shape of authorization.test.ts: the
 * real server action and database, only the session stubbed. Province staff release and revise,
 * province-wide or one commune; a commune cadre and an anonymous visitor are refused and change
 * nothing. The scope is checked again inside the mutation's transaction.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { FormState } from "@/lib/action-result";
import type { Viewer } from "@/lib/auth/session";
import { communeBySlug, db, resetDatabase, seedBase, userByEmail } from "./helpers";

const state = vi.hoisted(() => ({ viewer: null as Viewer | null }));

vi.mock("@/lib/auth/session", () => ({
  getViewer: async () => state.viewer,
  startSession: async () => {},
  endSession: async () => {},
}));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-forwarded-for": "198.51.100.4" }),
  cookies: async () => ({ get: () => undefined, set: () => {} }),
}));
vi.mock("next/cache", () => ({
  refresh: () => {},
  updateTag: () => {},
  revalidateTag: () => {},
  unstable_cache: <T,>(fn: T) => fn,
}));

const { releaseAction } = await import("@/lib/dataset/actions");
const { releaseYear } = await import("@/lib/dataset/release");
const { seedDataset } = await import("@/prisma/seed/dataset");

type Role = "ADMIN" | "OFFICIAL" | "COMMUNE_CADRE" | "ANONYMOUS";
const ROLES: Role[] = ["ADMIN", "OFFICIAL", "COMMUNE_CADRE", "ANONYMOUS"];
const VIEWER_EMAIL = { ADMIN: "admin@demo.local", OFFICIAL: "official@demo.local", COMMUNE_CADRE: "cadre.minhdan@demo.local" } as const;

type Ids = { own: string; other: string };
type Case = { name: string; form: (ids: Ids) => [string, string][]; allowed: Role[] };

const CASES: Case[] = [
  { name: "release a year province-wide", allowed: ["ADMIN", "OFFICIAL"], form: () => [["year", "2031"], ["communeId", ""], ["note", "Các xã khác chưa nhập"]] },
  { name: "release a year for the cadre's own commune", allowed: ["ADMIN", "OFFICIAL"], form: (ids) => [["year", "2031"], ["communeId", ids.own], ["note", "Thiếu thôn"]] },
  { name: "release a year for another commune", allowed: ["ADMIN", "OFFICIAL"], form: (ids) => [["year", "2031"], ["communeId", ids.other], ["note", "Thiếu thôn"]] },
  { name: "revise a released year (own commune)", allowed: ["ADMIN", "OFFICIAL"], form: (ids) => [["year", "2025"], ["communeId", ids.own], ["note", "Sửa dân số thôn 1"]] },
  { name: "revise a released year province-wide", allowed: ["ADMIN", "OFFICIAL"], form: () => [["year", "2025"], ["communeId", ""], ["note", "Sửa dân số thôn 1"]] },
];

async function fingerprint() {
  return JSON.stringify(await Promise.all([
    db.auditLog.count(),
    db.dataRelease.findMany({ orderBy: { id: "asc" }, select: { id: true, year: true, vintage: true, communeId: true } }),
    db.releasedObservation.count(),
  ]));
}

async function invoke(fields: [string, string][]): Promise<FormState> {
  const form = new FormData();
  for (const [key, value] of fields) form.append(key, value);
  return releaseAction({}, form);
}

async function seed(): Promise<Ids> {
  await resetDatabase();
  await seedBase();
  await seedDataset(db);
  const [own, other, pop] = await Promise.all([communeBySlug("minh-dan"), communeBySlug("thuong-lam"), db.indicator.findUniqueOrThrow({ where: { code: "POP" } })]);
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

describe("authorization: releasing the dataset (server action × roles × communes)", () => {
  let ids: Ids;
  beforeEach(async () => {
    ids = await seed();
  });

  for (const testCase of CASES) {
    for (const role of ROLES) {
      const allowed = testCase.allowed.includes(role);
      it(`${testCase.name} · ${role} → ${allowed ? "allowed" : "refused"}`, async () => {
        state.viewer = role === "ANONYMOUS" ? null : await userByEmail(VIEWER_EMAIL[role]);
        const before = await fingerprint();
        const result = await invoke(testCase.form(ids));
        if (allowed) {
          expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
          expect(await fingerprint()).not.toBe(before);
          const audit = await db.auditLog.findFirstOrThrow({ where: { actorId: state.viewer!.id }, orderBy: { createdAt: "desc" } });
          expect(audit.action).toBe(testCase.name.startsWith("revise") ? "dataset.revised" : "dataset.released");
        } else {
          expect(result).toMatchObject({ ok: false, code: "forbidden", formError: "form.forbidden" });
          expect(await fingerprint()).toBe(before);
        }
      });
    }
  }

  it("crafted: a cadre sending the commune twice is a bad request and changes nothing", async () => {
    state.viewer = await userByEmail(VIEWER_EMAIL.COMMUNE_CADRE);
    const before = await fingerprint();
    const result = await invoke([["year", "2031"], ["communeId", ids.own], ["communeId", ids.other], ["note", "x"]]);
    expect(result.ok).toBe(false);
    expect(await fingerprint()).toBe(before);
  });

  it("the mutation checks the scope in its own transaction, whatever the caller decided", async () => {
    const cadre = await userByEmail(VIEWER_EMAIL.COMMUNE_CADRE);
    const before = await fingerprint();
    await expect(releaseYear({ year: 2031, communeId: ids.own, note: "x" }, { actor: cadre, ip: null })).rejects.toMatchObject({ code: "forbidden" });
    await expect(releaseYear({ year: 2031, communeId: null, note: "x" }, { actor: cadre, ip: null })).rejects.toMatchObject({ code: "forbidden" });
    expect(await fingerprint()).toBe(before);
  });
});
