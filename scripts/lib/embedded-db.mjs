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
  resetSessionAfterEachClient(server);
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

/** A simple-protocol Query message. */
function queryMessage(sql) {
  const text = Buffer.from(`${sql}\0`, "utf8");
  const header = Buffer.alloc(5);
  header.write("Q", 0, "latin1");
  header.writeInt32BE(text.length + 4, 1);
  return new Uint8Array(Buffer.concat([header, text]));
}

/**
 * Every client shares PGlite's one session: a setting one client makes (`pg_dump` empties
 * `search_path`, a tool sets `statement_timeout`) would stay for all the others, and the portal's
 * queries would fail until a restart. When a client leaves, its settings go: `RESET ALL` is
 * queued behind the other clients' queries (never inside another client's transaction).
 * @param {PGLiteSocketServer} server
 */
function resetSessionAfterEachClient(server) {
  const queue = server.queryQueue;
  const handlers = server.handlers;
  if (!queue || !handlers) throw new Error("pglite-socket changed: the session reset needs its query queue");
  const reset = () => {
    queue.enqueue(0, queryMessage("RESET ALL"), () => {}).catch(() => {});
  };
  const add = handlers.add.bind(handlers);
  handlers.add = (handler) => {
    handler.addEventListener("close", reset, { once: true });
    handler.addEventListener("error", reset, { once: true });
    return add(handler);
  };
}
