import http from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { createFrontServer } from "@/scripts/lib/front-server.mjs";
import { createMetrics, routeClass } from "@/scripts/lib/metrics.mjs";
import { freePort } from "./helpers";

const PAGE =
  '<html><head><title>T</title><meta name="description" content="D"><link rel="canonical" href="http://x/vi"></head><body>x</body></html>';

async function setup(delayMs = 0) {
  const upstream = http.createServer((_req, res) => {
    setTimeout(() => res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(PAGE), delayMs);
  });
  await new Promise<void>((resolve) => upstream.listen(0, "127.0.0.1", resolve));
  const port = await freePort();
  const front = createFrontServer({ upstreamPort: (upstream.address() as AddressInfo).port, publicUrl: `http://127.0.0.1:${port}` });
  await new Promise<void>((resolve) => front.listen(port, "127.0.0.1", resolve));
  return { front, upstream, base: `http://127.0.0.1:${port}` };
}

describe("metrics", () => {
  it("counts answers by route class and status, page-store states and bytes, on a separate port", async () => {
    const { front, upstream, base } = await setup();
    const metrics = createMetrics({ front, databaseUrl: undefined, listener: undefined });
    const server = await metrics.listen(await freePort());
    try {
      await fetch(`${base}/vi/news`).then((r) => r.text());
      await fetch(`${base}/vi/news`).then((r) => r.text());
      const text = await (await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/metrics`)).text();
      expect(text).toMatch(/portal_http_requests_total\{route_class="public_page",status="200"\} 2/);
      expect(text).toMatch(/portal_page_store_answers_total\{state="MISS"\} 1/);
      expect(text).toMatch(/portal_page_store_answers_total\{state="HIT"\} 1/);
      expect(text).toMatch(/portal_page_store_bytes [1-9]\d*/);
      expect(text).toMatch(/portal_http_request_duration_seconds_bucket\{le="0.5",route_class="public_page"\} 2/);
      expect(text).toContain("portal_process_resident_memory_bytes");
    } finally {
      await new Promise((resolve) => server.close(resolve));
      await metrics.close();
      await new Promise((resolve) => front.close(resolve));
      await new Promise((resolve) => upstream.close(resolve));
    }
  });

  it("classes routes without naming paths", () => {
    expect(routeClass("/vi/news/x?y=1")).toBe("public_page");
    expect(routeClass("/vi/forum/track/ABCD2345")).toBe("private_page");
    expect(routeClass("/api/health")).toBe("api");
    expect(routeClass("/_next/static/a.css")).toBe("static");
    expect(routeClass("/admin/articles")).toBe("admin");
  });
});

describe("drain", () => {
  it("lets a request in flight finish, then stops; a new connection is refused", async () => {
    const { front, upstream, base } = await setup(600);
    try {
      const inFlight = fetch(`${base}/vi/slow`).then(async (r) => ({ status: r.status, body: await r.text() }));
      await new Promise((r) => setTimeout(r, 150));
      const started = Date.now();
      await front.drain(5000);
      expect(Date.now() - started).toBeGreaterThan(200);
      expect(await inFlight).toMatchObject({ status: 200, body: expect.stringContaining("<title>T</title>") });
      await expect(fetch(`${base}/vi/news`)).rejects.toThrow();
    } finally {
      await new Promise((resolve) => upstream.close(resolve));
    }
  });
});
