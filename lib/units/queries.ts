import "server-only";
import { unstable_cache } from "next/cache";
import { cache } from "react";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { UNITS_TAG } from "./tags";

export type CommuneSummary = {
  id: string;
  code: string;
  name: string;
  fullName: string;
  slug: string;
  isDemo: boolean;
  villageCount: number;
  /** The commune office (UBND xã); `officeIsDemo` when these are demo values. */
  officePhone: string | null;
  officeAddress: string | null;
  officeHours: string | null;
  officeIsDemo: boolean;
};

/** What every read of a commune shows of it: its names and its office (public pages and the back office alike). */
export const communeSelect = {
  id: true,
  code: true,
  name: true,
  fullName: true,
  slug: true,
  isDemo: true,
  officePhone: true,
  officeAddress: true,
  officeHours: true,
  officeIsDemo: true,
} satisfies Prisma.AdminUnitSelect;

/**
 * Every commune and ward of the province, in their configured order. Public. Read once per
 * render (React's cache()): the public layout and several pages both need it.
 */
export const listCommunes = cache(
  unstable_cache(
    async (): Promise<CommuneSummary[]> => {
      const rows = await db.adminUnit.findMany({
        where: { level: "COMMUNE" },
        orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
        select: {
          ...communeSelect,
          _count: { select: { children: true } },
        },
      });
      return rows.map(({ _count, ...row }) => ({ ...row, villageCount: _count.children }));
    },
    ["communes"],
    { tags: [UNITS_TAG] },
  ),
);

export type CommuneDetail = CommuneSummary & {
  villages: { id: string; code: string; name: string; fullName: string; slug: string }[];
};

/** One commune with its villages, by slug; null when there is no such commune. Public. */
export const getCommuneBySlug = unstable_cache(
  async (slug: string): Promise<CommuneDetail | null> => {
    const row = await db.adminUnit.findFirst({
      where: { slug, level: "COMMUNE" },
      select: {
        ...communeSelect,
        children: {
          orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
          select: { id: true, code: true, name: true, fullName: true, slug: true },
        },
      },
    });
    if (!row) return null;
    const { children, ...commune } = row;
    return { ...commune, villageCount: children.length, villages: children };
  },
  ["commune-by-slug"],
  { tags: [UNITS_TAG] },
);
