import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { createPrismaClient } from "@/lib/db-client";

const globalForDb = globalThis as unknown as { portalDb?: PrismaClient };

/** The one Prisma client of the app (kept across hot reloads in development). */
export const db: PrismaClient = globalForDb.portalDb ?? createPrismaClient();
if (process.env.NODE_ENV !== "production") globalForDb.portalDb = db;

/** What a function receives inside `db.$transaction(async (tx) => …)`. */
export type Tx = Prisma.TransactionClient;
