import net from "node:net";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db-client";

/**
 * A database server that takes the connection and never answers (a host gone from the network
 * behaves so until the system's TCP timeout, about two minutes): the portal's pool gives up after
 * DATABASE_CONNECT_TIMEOUT_MS, so the request gets its error page instead of hanging.
 */
describe("database connect timeout", () => {
  let silent: net.Server;
  const sockets = new Set<net.Socket>();
  beforeAll(async () => {
    silent = net.createServer((socket) => sockets.add(socket));
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
  });
  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => silent.close(resolve));
  });

  it("a server that never answers fails a query after the timeout, not minutes later", async () => {
    const previous = process.env.DATABASE_CONNECT_TIMEOUT_MS;
    process.env.DATABASE_CONNECT_TIMEOUT_MS = "500";
    const { port } = silent.address() as AddressInfo;
    const client = createPrismaClient(`postgresql://postgres@127.0.0.1:${port}/portal`, 2);
    try {
      const started = Date.now();
      await expect(client.$queryRaw`SELECT 1`).rejects.toThrow();
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(sockets.size).toBeGreaterThan(0); // it did reach the silent server
    } finally {
      if (previous === undefined) delete process.env.DATABASE_CONNECT_TIMEOUT_MS;
      else process.env.DATABASE_CONNECT_TIMEOUT_MS = previous;
      await client.$disconnect().catch(() => {});
    }
  });
});
