/**
 * The authorization matrices' shared scaffolding: the session is the only thing stubbed (who is
 * asking, from which address), plus the Next.js request APIs a server action calls outside a
 * request. Import it before the actions (its mocks apply to every module imported after it).
 * `describeMatrix` runs a matrix: every case × every role (and anonymous); an allowed case
 * succeeds, changes the fingerprint and writes the named audit action by that viewer; a refused
 * case is refused and changes nothing.
 */
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { FormState } from "@/lib/action-result";
import type { Viewer } from "@/lib/auth/session";
import { db, userByEmail } from "../helpers";

const state = vi.hoisted(() => {
  // Signed tokens (subscription links) need a secret outside a deployment.
  process.env.AUTH_SECRET ??= "authorization-test-secret-0123456789-abcdefghij";
  return { viewer: null as Viewer | null, ip: "198.51.100.4" };
});
/** Who is asking (null: anonymous) and from which address, read by the mocks below. */
export const session = state;

vi.mock("@/lib/auth/session", () => ({
  getViewer: async () => state.viewer,
  startSession: async () => {},
  endSession: async () => {},
}));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-forwarded-for": state.ip }),
  cookies: async () => ({ get: () => undefined, set: () => {}, delete: () => {} }),
}));
vi.mock("next/cache", () => ({ refresh: () => {}, updateTag: () => {}, revalidateTag: () => {}, unstable_cache: <T>(fn: T) => fn }));
vi.mock("next/navigation", () => ({
  notFound: () => {
    throw new Error("notFound");
  },
  redirect: (url: string) => {
    throw Object.assign(new Error(`redirect ${url}`), { redirectTo: url });
  },
}));

export type Role = "ADMIN" | "OFFICIAL" | "COMMUNE_CADRE" | "ANONYMOUS";
export const ROLES: readonly Role[] = ["ADMIN", "OFFICIAL", "COMMUNE_CADRE", "ANONYMOUS"];
export const VIEWER_EMAIL = {
  ADMIN: "admin@demo.local",
  OFFICIAL: "official@demo.local",
  COMMUNE_CADRE: "cadre.minhdan@demo.local",
} as const;
/** Everyone in the back office. */
export const STAFF: readonly Role[] = ["ADMIN", "OFFICIAL", "COMMUNE_CADRE"];
/** Province staff. */
export const OFFICIALS: readonly Role[] = ["ADMIN", "OFFICIAL"];
/** Everyone, signed in or not (public forms). */
export const EVERYONE: readonly Role[] = ROLES;

export type Action = (state: FormState, form: FormData) => Promise<FormState>;
export type Fields = Record<string, string | File> | [string, string | File][];

/** Signs in as `role` (anonymous: nobody) and returns the viewer. */
export async function signInAs(role: Role): Promise<Viewer | null> {
  return signInByEmail(role === "ANONYMOUS" ? null : VIEWER_EMAIL[role]);
}

/** Runs a server action with a form (repeated keys kept in order); a redirect counts as success. */
export async function invoke(action: Action, fields: Fields): Promise<FormState> {
  const form = new FormData();
  for (const [key, value] of Array.isArray(fields) ? fields : Object.entries(fields)) form.append(key, value);
  try {
    return await action({}, form);
  } catch (error) {
    if ((error as { redirectTo?: string }).redirectTo) return { ok: true };
    throw error;
  }
}

export type MatrixCase<Ids> = {
  name: string;
  action: Action;
  form: (ids: Ids) => Fields;
  /** The roles (or, with the matrix's own `viewers`, the people) who may; everyone else is refused. */
  allowed: readonly string[];
  /** The audit action an allowed run writes (by the viewer); null: it writes none, and the name says why. */
  audit: string | null;
  /** A public form: its audit row names no actor (a resident has no account) or the account it is about, never the viewer. */
  publicForm?: true;
  /** What a refusal of this case answers, when not the matrix's (a row the viewer may not even see). */
  refused?: Partial<FormState>;
  /** It changes nothing when allowed (a preview, signing out): the answer alone is checked. */
  readOnly?: true;
  /** The exported action it exercises when `action` adapts one that takes no form. */
  covers?: unknown;
};

export type Matrix<Ids> = {
  title: string;
  cases: MatrixCase<Ids>[];
  /** A fresh database with each case's own and foreign targets. */
  seed: () => Promise<Ids>;
  /** Everything the cases could change, as one string (a refused case leaves it equal). */
  fingerprint: () => Promise<string>;
  /** What a refusal answers (default: forbidden, with the generic form error). */
  refused?: Partial<FormState>;
  /** Who asks, by name → e-mail (null: anonymous); default the roles and anonymous. */
  viewers?: Record<string, string | null>;
};

const ROLE_VIEWERS: Record<string, string | null> = { ...VIEWER_EMAIL, ANONYMOUS: null };

/** Signs in as the account with this e-mail (null: nobody) and returns the viewer. */
export async function signInByEmail(email: string | null): Promise<Viewer | null> {
  session.viewer = email ? ((await userByEmail(email)) as unknown as Viewer) : null;
  return session.viewer;
}

const REFUSED: Partial<FormState> = { ok: false, code: "forbidden", formError: "form.forbidden" };

/** How many audit rows of `action` the viewer has written (`undefined`: whoever wrote them). */
function auditCount(actorId: string | null | undefined, action: string): Promise<number> {
  return db.auditLog.count({ where: { actorId, action } });
}

/** An allowed run: it succeeded, changed something and wrote its audit action. */
export async function expectAllowed(
  run: () => Promise<FormState>,
  check: { fingerprint: () => Promise<string>; audit: string | null; publicForm?: true; readOnly?: true },
) {
  const actorId = check.publicForm ? undefined : (session.viewer?.id ?? null);
  const before = await check.fingerprint();
  const audited = check.audit ? await auditCount(actorId, check.audit) : 0;
  const result = await run();
  expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
  if (!check.readOnly) expect(await check.fingerprint()).not.toBe(before);
  if (check.audit) expect(await auditCount(actorId, check.audit), `audit row "${check.audit}"`).toBeGreaterThan(audited);
}

/** A refused run: refused as `refused` says, and nothing changed (no audit row either). */
export async function expectRefused(
  run: () => Promise<FormState>,
  check: { fingerprint: () => Promise<string>; refused?: Partial<FormState> },
) {
  const before = await check.fingerprint();
  const audits = await db.auditLog.count();
  expect(await run()).toMatchObject(check.refused ?? REFUSED);
  expect(await check.fingerprint()).toBe(before);
  expect(await db.auditLog.count()).toBe(audits);
}

/*
 * Every case starts from its matrix's freshly seeded database. Seeding (reference data, the demo
 * accounts with their argon2 hash, the matrix's own rows) costs about half a second and the
 * matrices hold about a thousand cases, so a matrix is seeded once and its tables are copied into
 * a snapshot schema; before each case they are copied back in one statement (with their
 * sequences), and the case gets the ids the seed returned. Foreign keys and triggers are not
 * re-run on the copy (session_replication_role): the rows are the ones the seed wrote.
 */
const SNAPSHOT = "matrix_snapshot";
let snapshotOf: unknown = null;
let snapshotIds: unknown = null;

async function takeSnapshot(): Promise<void> {
  await db.$executeRawUnsafe(`DO $$
DECLARE t record;
BEGIN
  EXECUTE 'DROP SCHEMA IF EXISTS ${SNAPSHOT} CASCADE';
  EXECUTE 'CREATE SCHEMA ${SNAPSHOT}';
  FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' LOOP
    EXECUTE format('CREATE TABLE ${SNAPSHOT}.%I AS TABLE public.%I', t.tablename, t.tablename);
  END LOOP;
  CREATE TABLE ${SNAPSHOT}."__sequences" AS
    SELECT format('public.%I', sequencename) AS name, last_value FROM pg_sequences WHERE schemaname = 'public';
END $$`);
}

async function restoreSnapshot(): Promise<void> {
  await db.$executeRawUnsafe(`DO $$
DECLARE t record; s record; cols text;
BEGIN
  SET LOCAL session_replication_role = replica;
  EXECUTE (SELECT 'TRUNCATE ' || string_agg(format('public.%I', tablename), ', ')
    FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations');
  FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = '${SNAPSHOT}' AND tablename <> '__sequences' LOOP
    SELECT string_agg(format('%I', column_name), ', ' ORDER BY ordinal_position) INTO cols
      FROM information_schema.columns WHERE table_schema = 'public' AND table_name = t.tablename AND is_generated = 'NEVER';
    EXECUTE format('INSERT INTO public.%I (%s) SELECT %s FROM ${SNAPSHOT}.%I', t.tablename, cols, cols, t.tablename);
  END LOOP;
  FOR s IN SELECT * FROM ${SNAPSHOT}."__sequences" LOOP
    IF s.last_value IS NULL THEN PERFORM setval(s.name, 1, false); ELSE PERFORM setval(s.name, s.last_value, true); END IF;
  END LOOP;
END $$`);
}

/** The matrix's seeded database: seeded and kept the first time, copied back after that. */
async function seeded<Ids>(matrix: Matrix<Ids>): Promise<Ids> {
  if (snapshotOf === matrix) {
    await restoreSnapshot();
    return snapshotIds as Ids;
  }
  const ids = await matrix.seed();
  await takeSnapshot();
  snapshotOf = matrix;
  snapshotIds = ids;
  return ids;
}

/** Every case × every role (or viewer), each on a freshly seeded database. */
export function describeMatrix<Ids>(matrix: Matrix<Ids>) {
  describe(matrix.title, () => {
    let ids: Ids;
    beforeEach(async () => {
      ids = await seeded(matrix);
    });
    afterAll(async () => {
      // Nothing of a matrix outlives its file (a later test may dump or compare the schema).
      await db.$executeRawUnsafe(`DROP SCHEMA IF EXISTS ${SNAPSHOT} CASCADE`);
      snapshotOf = null;
    });
    for (const testCase of matrix.cases) {
      for (const [who, email] of Object.entries(matrix.viewers ?? ROLE_VIEWERS)) {
        const allowed = testCase.allowed.includes(who);
        it(`${testCase.name} · ${who} → ${allowed ? "allowed" : "refused"}`, async () => {
          await signInByEmail(email);
          const run = () => invoke(testCase.action, testCase.form(ids));
          if (allowed) await expectAllowed(run, { ...testCase, fingerprint: matrix.fingerprint });
          else await expectRefused(run, { fingerprint: matrix.fingerprint, refused: testCase.refused ?? matrix.refused });
        });
      }
    }
  });
}

/** The fields of a form as key–value pairs, in order. */
export function fieldList(fields: Fields): [string, string | File][] {
  return Array.isArray(fields) ? fields : Object.entries(fields);
}
