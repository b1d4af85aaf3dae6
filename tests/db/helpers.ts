import { spawn } from "node:child_process";
import path from "node:path";
import { expect } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { seedReference } from "@/prisma/seed/reference";
import { seedDemoUsers } from "@/prisma/seed/users";

export { db };

/** Empties every table (keeps the migration history), as between two test files. */
export async function resetDatabase(): Promise<void> {
  const tables = await db.$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`;
  if (tables.length === 0) return;
  await db.$executeRawUnsafe(`TRUNCATE ${tables.map((t) => `"${t.tablename}"`).join(", ")} RESTART IDENTITY CASCADE`);
}

/** Reference data and the three demo accounts, as `npm start` seeds them. */
export async function seedBase(): Promise<void> {
  await seedReference(db);
  await seedDemoUsers(db);
}

export async function userByEmail(email: string) {
  return db.user.findUniqueOrThrow({ where: { email }, include: { commune: true } });
}

export async function communeBySlug(slug: string) {
  return db.adminUnit.findUniqueOrThrow({ where: { slug } });
}

/** Who acts in a mutation test: the signed-in user and the address the audit row records. */
export type ActorCtx = { actor: Actor & { id: string }; ip: string | null };

/**
 * A reset, seeded database and its two usual actors: the provincial official (with an address,
 * to check the audit row) and the Minh Dân commune cadre.
 */
export async function seedWithActors(): Promise<{ official: ActorCtx; cadre: ActorCtx }> {
  await resetDatabase();
  await seedBase();
  return {
    official: { actor: await userByEmail("official@demo.local"), ip: "203.0.113.9" },
    cadre: { actor: await userByEmail("cadre.minhdan@demo.local"), ip: null },
  };
}

/** The promise fails with an AppError showing `userMessage` (on `field`, when given). */
export async function expectAppError(promise: Promise<unknown>, userMessage: string, field?: string) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect(error).toMatchObject({ userMessage, ...(field ? { field } : {}) });
}

/** Runs the Prisma CLI (with the project's schema engine) against a database URL. */
export function prismaCli(args: string[], url: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.resolve("node_modules/prisma/build/index.js"), ...args], {
      env: { ...process.env, DATABASE_URL: url },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("exit", (code) => resolve({ code: code ?? 1, output }));
  });
}
