import type { ChildProcess, StdioOptions } from "node:child_process";
export const WORKER_ARGS: string[];
export function spawnOutboxWorker(env: NodeJS.ProcessEnv, stdio?: StdioOptions): ChildProcess;
export function startOutboxWorker(env: NodeJS.ProcessEnv): { stop(): Promise<void> };
