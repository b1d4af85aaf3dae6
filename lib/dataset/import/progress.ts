/**
 * How far an import has got, kept in this process's memory for the page to ask while the
 * upload's server action runs (GET /admin/data/import/progress). Only numbers, keyed by a random
 * token the page chose and by the user: nothing here is data.
 */
export type ImportPhase = "read" | "check" | "write" | "done";
export type ImportProgress = { phase: ImportPhase; done: number; total: number; userId: string; at: number };

const store = new Map<string, ImportProgress>();
const TEN_MINUTES = 10 * 60 * 1000;

export function reportProgress(token: string | undefined, userId: string, phase: ImportPhase, done = 0, total = 0): void {
  if (!token) return;
  const now = Date.now();
  for (const [key, entry] of store) if (now - entry.at > TEN_MINUTES) store.delete(key);
  store.set(token, { phase, done, total, userId, at: now });
}

export function readProgress(token: string, userId: string): Omit<ImportProgress, "userId" | "at"> | null {
  const entry = store.get(token);
  if (!entry || entry.userId !== userId) return null;
  return { phase: entry.phase, done: entry.done, total: entry.total };
}
