import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { tableCounts } from "@/scripts/lib/backup.mjs";

/**
 * Backup → restore round trips, on PostgreSQL and on the embedded database: the restored
 * database has the manifest's row counts, a media file comes back byte for byte, and a restore
 * into a database that is not empty is refused unless forced.
 */
function run(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("exit", (code) => resolve({ code: code ?? 1, output }));
  });
}

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function firstFile(dir: string): string {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isFile()) return full;
    if (entry.isDirectory()) {
      const found = firstFile(full);
      if (found) return found;
    }
  }
  return "";
}

describe("backup and restore", () => {
  const cleanups: (() => Promise<void>)[] = [];
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "portal-backup-test-"));
  cleanups.push(async () => fs.rmSync(tmp, { recursive: true, force: true }));
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  it.skipIf(process.env.TEST_DATABASE_EMBEDDED === "1")("round trip on PostgreSQL", { timeout: 300_000 }, async () => {
    const server = new URL(process.env.DATABASE_URL!);
    const names = [`portal_backup_src_${process.pid}`, `portal_backup_dst_${process.pid}`];
    for (const name of names) {
      await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin(`CREATE DATABASE "${name}"`);
      cleanups.push(() => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    }
    const [source, target] = names.map((name) => Object.assign(new URL(server), { pathname: `/${name}` }).toString()) as [string, string];
    const sourceEnv = {
      ...process.env,
      DATABASE_URL: source,
      MEDIA_DIR: path.join(tmp, "pg-media"),
      PORTAL_DATA_DIR: path.join(tmp, "pg-data"),
      NODE_ENV: "development" as const,
    };
    const setup = await run(["scripts/start.mjs", "--setup-only"], sourceEnv);
    expect(setup.code, setup.output).toBe(0);

    const archive = path.join(tmp, "pg.tar");
    const made = await run(["scripts/backup.mjs", "--out", archive], sourceEnv);
    expect(made.code, made.output).toBe(0);

    const targetEnv = {
      ...process.env,
      DATABASE_URL: target,
      MEDIA_DIR: path.join(tmp, "pg-restored-media"),
      NODE_ENV: "development" as const,
    };
    const restored = await run(["scripts/restore.mjs", archive], targetEnv);
    expect(restored.code, restored.output).toBe(0);
    const expected = await tableCounts(source);
    expect(expected.Article).toBeGreaterThan(0);
    expect(await tableCounts(target)).toEqual(expected);
    const file = firstFile(sourceEnv.MEDIA_DIR);
    expect(file).not.toBe("");
    expect(fs.readFileSync(path.join(targetEnv.MEDIA_DIR, path.relative(sourceEnv.MEDIA_DIR, file)))).toEqual(fs.readFileSync(file));

    // Not into a database that has data, unless told.
    const again = await run(["scripts/restore.mjs", archive], { ...targetEnv, MEDIA_DIR: path.join(tmp, "empty-media") });
    expect(again.code).not.toBe(0);
    expect(again.output).toContain("not empty");
    const forced = await run(["scripts/restore.mjs", archive, "--force"], targetEnv);
    expect(forced.code, forced.output).toBe(0);
    expect(await tableCounts(target)).toEqual(expected);
  });

  it("round trip on the embedded database", { timeout: 300_000 }, async () => {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      MEDIA_DIR: path.join(tmp, "e-media"),
      PORTAL_DATA_DIR: path.join(tmp, "e-data"),
      NODE_ENV: "development" as const,
    };
    delete env.DATABASE_URL;
    delete env.DATABASE_POOL_MAX;
    const setup = await run(["scripts/start.mjs", "--setup-only"], env);
    expect(setup.code, setup.output).toBe(0);
    const archive = path.join(tmp, "embedded.tar");
    const made = await run(["scripts/backup.mjs", "--out", archive], env);
    expect(made.code, made.output).toBe(0);
    const manifest = JSON.parse(
      (
        await run(
          [
            "-e",
            `process.stdout.write(require("child_process").execFileSync("tar", ["-xOf", ${JSON.stringify(archive)}, "./manifest.json"]))`,
          ],
          env,
        )
      ).output,
    );
    expect(manifest.database.kind).toBe("embedded");
    expect(manifest.counts.Article).toBeGreaterThan(0);

    const targetEnv = { ...env, MEDIA_DIR: path.join(tmp, "e-restored-media"), PORTAL_DATA_DIR: path.join(tmp, "e-restored") };
    const restored = await run(["scripts/restore.mjs", archive], targetEnv);
    expect(restored.code, restored.output).toBe(0);
    const file = firstFile(env.MEDIA_DIR!);
    expect(fs.readFileSync(path.join(targetEnv.MEDIA_DIR, path.relative(env.MEDIA_DIR!, file)))).toEqual(fs.readFileSync(file));
    const again = await run(["scripts/restore.mjs", archive], { ...targetEnv, MEDIA_DIR: path.join(tmp, "e-empty-media") });
    expect(again.code).not.toBe(0);
    expect(again.output).toContain("not empty");
  });
});
