import type { Server } from "node:http";
import type { Registry } from "prom-client";
export function routeClass(url: string | undefined): string;
export function createMetrics(options: {
  front: Server & { storeStats(): { entries: number; bytes: number } };
  databaseUrl?: string;
  listener?: { readonly connected: boolean };
}): {
  registry: Registry;
  listen(port: number, host?: string): Promise<Server>;
  close(): Promise<void>;
};
