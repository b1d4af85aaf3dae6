import pg from "pg";
import { openDatabase } from "./database.mjs";

async function withClient(url, fn) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * A database the tests may wipe:
 *  - TEST_DATABASE_URL: used as it is (its public schema is reset);
 *  - else DATABASE_URL: a new throwaway database on that server, dropped afterwards
 *    (your own data is never touched);
 *  - else an in-memory embedded PGlite.
 */
export async function openTestDatabase() {
  if (process.env.TEST_DATABASE_URL) {
    const url = process.env.TEST_DATABASE_URL;
    return { url, embedded: false, stop: async () => {} };
  }
  if (process.env.DATABASE_URL) {
    const server = new URL(process.env.DATABASE_URL);
    const name = `portal_test_${process.pid}_${Date.now()}`;
    await withClient(server.toString(), (client) => client.query(`CREATE DATABASE "${name}"`));
    const url = new URL(server);
    url.pathname = `/${name}`;
    return {
      url: url.toString(),
      embedded: false,
      stop: () => withClient(server.toString(), (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)),
    };
  }
  return openDatabase({ url: undefined });
}

/** Drops everything in the public schema, as on a new database. */
export function resetSchema(url) {
  return withClient(url, (client) => client.query('DROP SCHEMA IF EXISTS "public" CASCADE; CREATE SCHEMA "public";'));
}
