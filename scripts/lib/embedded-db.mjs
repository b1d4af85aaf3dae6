// The embedded database: PGlite (PostgreSQL compiled to WebAssembly) served on loopback, so the
// portal, Prisma's CLI and the tests all talk plain PostgreSQL to it, exactly as to a server.
import fs from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

/**
 * Starts PGlite on 127.0.0.1 and returns its connection URL.
 * @param {{ dataDir?: string, port?: number }} options dataDir omitted = in memory
 */
export async function startEmbeddedDb({ dataDir, port = 0 } = {}) {
  if (dataDir) fs.mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir ?? "memory://", { extensions: { unaccent, pg_trgm } });
  // PGlite is one session underneath; the server multiplexes client connections onto it
  // query by query. Several connections must be accepted or a pool waiting on a second one hangs.
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port, maxConnections: 16 });
  await server.start();
  const address = server.getServerConn();
  const url = `postgresql://postgres:postgres@${address}/postgres?sslmode=disable`;
  let stopped = false;
  return {
    url,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      await db.close();
    },
  };
}
