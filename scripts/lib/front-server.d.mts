import type { Server } from "node:http";
export const PURGE_PATH: string;
export const MAX_ENTRY_BYTES: number;
export function createFrontServer(options: {
  upstreamPort: number;
  purgeToken?: string;
  ttlSeconds?: number;
  maxBytes?: number;
  publicUrl?: string;
  allowedHosts?: string[];
  trustProxy?: boolean;
  trustedProxies?: string;
  logger?: import("pino").Logger;
}): Server & {
  onAnswer: ((req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse) => void) | null;
  purgeAll(): void;
  purgeKeys(keys: string[]): void;
  storeStats(): { entries: number; bytes: number };
  drain(timeoutMs?: number): Promise<void>;
};
