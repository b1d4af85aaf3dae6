import http from "node:http";
import net from "node:net";
import { PURGE_PATH, createFrontServer } from "@/scripts/lib/front-server.mjs";

/** A free loopback port, so a front server can be told its own public address before it listens. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export type RawResponse = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

/**
 * A request sent exactly as written: `fetch` resolves dot segments and sets Host itself, and an
 * attacker does neither.
 */
export function rawRequest(
  port: number,
  path: string,
  options: { method?: string; headers?: Record<string, string> } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: "127.0.0.1", port, path, method: options.method ?? "GET", headers: options.headers, agent: false },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
        response.on("error", reject);
      },
    );
    request.on("error", reject);
    request.end();
  });
}

/** Sends raw bytes on a socket and returns the first line of the answer (for request lines `http` will not write). */
export function rawLine(port: number, request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1", () => socket.write(request));
    let data = "";
    socket.on("data", (chunk) => {
      data += chunk.toString("latin1");
      if (data.includes("\r\n")) {
        socket.destroy();
        resolve(data.split("\r\n")[0]!);
      }
    });
    socket.on("error", reject);
  });
}

export const PURGE_TOKEN = "test-purge-token-0123456789abcdef";

/**
 * The real front server in front of a stand-in for Next (`handler`), both on loopback: `base`
 * is the front server's address (also its public one), `purge(keys)` empties it (all pages, or
 * those carrying one of `keys`), `close()` stops both.
 */
export async function startFrontServer(
  handler: http.RequestListener,
  options: Partial<Parameters<typeof createFrontServer>[0]> = {},
): Promise<{ base: string; purge: (keys?: string[]) => Promise<Response>; close: () => Promise<void> }> {
  const upstream = http.createServer(handler);
  await new Promise<void>((resolve) => upstream.listen(0, "127.0.0.1", resolve));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const front = createFrontServer({
    upstreamPort: (upstream.address() as net.AddressInfo).port,
    purgeToken: PURGE_TOKEN,
    ttlSeconds: 60,
    publicUrl: base,
    ...options,
  });
  await new Promise<void>((resolve) => front.listen(port, "127.0.0.1", resolve));
  return {
    base,
    purge: (keys) =>
      fetch(base + PURGE_PATH, {
        method: "POST",
        headers: { "x-purge-token": PURGE_TOKEN, ...(keys ? { "content-type": "application/json" } : {}) },
        body: keys ? JSON.stringify({ keys }) : undefined,
      }),
    close: async () => {
      await new Promise((resolve) => front.close(resolve));
      await new Promise((resolve) => upstream.close(resolve));
    },
  };
}
