import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startFrontServer } from "./helpers";

/**
 * The real front server in front of a stand-in for Next that records what it was asked to render:
 * a shared link's own parameters (Facebook's `fbclid`, Zalo's `zarsrc` and `utm_…`) must not make
 * another render or another stored copy of the same page (lib/http/public-query.mjs).
 */
const renders: string[] = [];
let front: Awaited<ReturnType<typeof startFrontServer>>;

beforeAll(async () => {
  front = await startFrontServer((req, res) => {
    renders.push(req.url ?? "");
    res
      .writeHead(200, { "content-type": "text/html; charset=utf-8" })
      .end(
        `<!DOCTYPE html><html lang="vi"><head><title>T</title><meta name="description" content="D"/>` +
          `<link rel="canonical" href="http://localhost/x"/></head><body><h1>${req.url}</h1></body></html>`,
      );
  });
});
afterAll(() => front.close());
beforeEach(async () => {
  await front.purge();
  renders.length = 0;
});

async function get(path: string) {
  const response = await fetch(`${front.base}${path}`);
  return { cache: response.headers.get("x-portal-cache"), body: await response.text() };
}

describe("the page store keys a page by the parameters it reads", () => {
  it("a notice shared on Facebook and Zalo is rendered once, whatever each click adds", async () => {
    expect((await get("/vi/notices/lu-quet?fbclid=IwAR1")).cache).toBe("MISS");
    for (const suffix of ["?fbclid=IwAR2", "?fbclid=IwAR3&utm_source=facebook", "?zarsrc=30&utm_source=zalo&utm_medium=zalo", ""]) {
      expect((await get(`/vi/notices/lu-quet${suffix}`)).cache).toBe("HIT");
    }
    // Next was asked for the page without what it does not read.
    expect(renders).toEqual(["/vi/notices/lu-quet"]);
  });

  it("a list keeps its own parameters, in one order, and drops the rest", async () => {
    await get("/vi/news?page=2&topic=dat-dai&fbclid=x");
    expect((await get("/vi/news?topic=dat-dai&page=2")).cache).toBe("HIT");
    expect((await get("/vi/news?topic=dat-dai&page=2&page=5&utm_campaign=lu")).cache).toBe("HIT");
    expect((await get("/vi/news?page=3")).cache).toBe("MISS");
    expect(renders).toEqual(["/vi/news?topic=dat-dai&page=2", "/vi/news?page=3"]);
    // What the page shows is what it was rendered from.
    expect((await get("/vi/news?page=3&x=<script>")).body).toContain("<h1>/vi/news?page=3</h1>");
  });

  it("anyone can still ask for any search: each is its own page", async () => {
    await get("/vi/search?q=l%C5%A9");
    await get("/vi/search?q=s%E1%BA%A1t+l%E1%BB%9F");
    expect((await get("/vi/search?q=s%E1%BA%A1t%20l%E1%BB%9F&ref=zalo")).cache).toBe("HIT");
    expect(renders).toEqual(["/vi/search?q=l%C5%A9", "/vi/search?q=s%E1%BA%A1t+l%E1%BB%9F"]);
  });
});
