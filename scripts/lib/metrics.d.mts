import type { Server } from "node:http";
import type { Registry } from "prom-client";
export const CACHES_PATH: string;
export function routeClass(url: string | undefined): string;
export function createMetrics(options: {
  front: Server & { storeStats(): { entries: number; bytes: number } };
  databaseUrl?: string;
  listener?: { readonly connected: boolean } | null;
  caches?: { url: string; token: string };
}): {
  registry: Registry;
  listen(port: number, host?: string): Promise<Server>;
  close(): Promise<void>;
};
