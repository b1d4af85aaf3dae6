import type { IncomingMessage, Server, ServerResponse } from "node:http";
export const READS_PATH: string;
export const MAX_PATHS: number;
export function countedPath(method: string | undefined, url: string | undefined, status: number): string | null;
export type ReadCounter = {
  hit(method: string | undefined, url: string | undefined, status: number): void;
  flush(): Promise<void>;
  pending(): Record<string, number>;
  close(): Promise<void>;
};
export function createReadCounter(options: {
  send: (counts: Record<string, number>) => Promise<void>;
  intervalMs?: number;
  maxPaths?: number;
}): ReadCounter;
export function countReads(
  front: Server & { onAnswer: ((req: IncomingMessage, res: ServerResponse) => void) | null },
  options: { url: string; token: string; intervalMs?: number },
): ReadCounter;
