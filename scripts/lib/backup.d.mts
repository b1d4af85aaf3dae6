export const MANIFEST: string;
export function tableCounts(url: string): Promise<Record<string, number>>;
export function embeddedDataDir(env?: NodeJS.ProcessEnv): string;
export function mediaDir(env?: NodeJS.ProcessEnv): string;
export function embeddedLockFile(env?: NodeJS.ProcessEnv): string;
export function backup(options: { out: string; env?: NodeJS.ProcessEnv }): Promise<Record<string, unknown>>;
export function restore(options: {
  archive: string;
  force?: boolean;
  env?: NodeJS.ProcessEnv;
}): Promise<{ manifest: Record<string, unknown>; counts: Record<string, number> }>;
