import "server-only";
import { can, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TUserFilters } from "./schema";

export const USERS_PAGE_SIZE = 25;

function assertMayManage(viewer: Actor) {
  if (!can(viewer, "users.manage")) throw new AppError("forbidden", "form.forbidden");
}

const listSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  active: true,
  lastLoginAt: true,
  commune: { select: { id: true, fullName: true } },
} satisfies Prisma.UserSelect;

/** Accounts matching the filters, newest first, one page at a time. Administrators only. */
export async function listUsers({ viewer, filters }: { viewer: Actor; filters: TUserFilters }) {
  assertMayManage(viewer);
  const where: Prisma.UserWhereInput = {
    role: filters.role,
    communeId: filters.communeId,
    active: filters.status === undefined ? undefined : filters.status === "active",
    OR: filters.q
      ? [{ email: { contains: filters.q, mode: "insensitive" } }, { name: { contains: filters.q, mode: "insensitive" } }]
      : undefined,
  };
  const [total, users] = await Promise.all([
    db.user.count({ where }),
    db.user.findMany({
      where,
      select: listSelect,
      orderBy: [{ active: "desc" }, { createdAt: "desc" }],
      skip: (filters.page - 1) * USERS_PAGE_SIZE,
      take: USERS_PAGE_SIZE,
    }),
  ]);
  return { total, users, pageCount: Math.max(1, Math.ceil(total / USERS_PAGE_SIZE)) };
}

/** One account for the edit page; null when it does not exist. Administrators only. */
export async function getUser({ viewer, id }: { viewer: Actor; id: string }) {
  assertMayManage(viewer);
  return db.user.findUnique({
    where: { id },
    select: { ...listSelect, communeId: true, createdAt: true, updatedAt: true, translatesInto: true, reviewsIn: true },
  });
}
