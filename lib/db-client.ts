import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * Builds a Prisma client over node-postgres. The app's one client is in lib/db.ts; scripts
 * (seed) and tests build theirs here with the same settings.
 */
export function createPrismaClient(
  connectionString = process.env.DATABASE_URL,
  maxConnections = Number(process.env.DATABASE_POOL_MAX ?? 10),
): PrismaClient {
  // The embedded database is one PostgreSQL session: the start script sets a pool of 1 so
  // that two requests' transactions can never interleave on it.
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: maxConnections }) });
}
