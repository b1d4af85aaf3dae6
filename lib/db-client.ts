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
  // A server that does not answer at all (a host gone from the network, not restarting: that
  // refuses at once) would otherwise hold each request for the system's TCP timeout, about two
  // minutes; this also bounds the wait for a free connection. Not on the embedded database,
  // where one long import may rightly hold the only connection for longer.
  const connectionTimeoutMillis = maxConnections > 1 ? Number(process.env.DATABASE_CONNECT_TIMEOUT_MS ?? 10_000) : 0;
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: maxConnections, connectionTimeoutMillis }) });
}
