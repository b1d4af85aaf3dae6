import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { bannerPageKeys, noticePageKeys } from "@/lib/notices/page-keys";
import { startFrontServer } from "./helpers";

/**
 * Quiet communes against the real front server: a stand-in for Next renders each page as the
 * layout does — the banner keys of the reader's commune, and `portal-quiet-commune` when that
 * commune has no notice in force (components/notices/notice-banner.tsx). A quiet commune's
 * readers then get the copy of readers who chose none: one render of a page for all of them.
 */
const COMMUNES: Record<string, string> = { "xa-a": "cA", "xa-b": "cB" };
/** Communes with a notice in force (their banner is not empty). */
const loud = new Set<string>();
/** What the stand-in rendered: `<path> <commune cookie or "">`. */
const renders: string[] = [];

let front: Awaited<ReturnType<typeof startFrontServer>>;

beforeAll(async () => {
  front = await startFrontServer((req, res) => {
    const slug = /portal_commune=([^;]+)/.exec(req.headers.cookie ?? "")?.[1] ?? "";
    const communeId = COMMUNES[slug] ?? null;
    renders.push(`${req.url} ${slug}`);
    const quiet = communeId && !loud.has(communeId) ? `<meta name="portal-quiet-commune" content="${communeId}"/>` : "";
    const banner = communeId && loud.has(communeId) ? `<section>Cảnh báo cho ${slug}</section>` : "";
    res
      .writeHead(200, { "content-type": "text/html; charset=utf-8" })
      .end(
        `<!DOCTYPE html><html lang="vi"><head><title>T</title><meta name="description" content="D"/>` +
          `<link rel="canonical" href="http://localhost/x"/><meta name="portal-keys" content="${bannerPageKeys(communeId).join(" ")}"/>${quiet}` +
          `</head><body>${banner}<h1>${req.url}</h1></body></html>`,
      );
  });
});
afterAll(() => front.close());
beforeEach(async () => {
  await front.purge();
  loud.clear();
  renders.length = 0;
});

async function get(path: string, commune = "") {
  const response = await fetch(`${front.base}${path}`, { headers: commune ? { cookie: `portal_commune=${commune}` } : {} });
  return { cache: response.headers.get("x-portal-cache"), keys: response.headers.get("surrogate-key"), body: await response.text() };
}

const purge = (keys: string[]) => front.purge(keys);

describe("a commune with no notice in force shares everyone's copy", () => {
  it("after one render says the commune is quiet, its readers get the copy of readers who chose none", async () => {
    await get("/vi/news/tin-a", "xa-a"); // rendered for xa-a: learns that it is quiet
    expect((await get("/vi/forum", "xa-a")).cache).toBe("MISS");
    expect((await get("/vi/forum")).cache).toBe("HIT"); // the same copy, rendered once
    // A cache in front keeps it as xa-a's readers' copy: it names their banner, for the purge.
    expect((await get("/vi/forum", "xa-a")).keys?.split(" ")).toEqual(expect.arrayContaining(["banner", "banner:cA"]));
    expect((await get("/vi/forum")).keys?.split(" ")).not.toContain("banner:cA");
    expect((await get("/vi/forum", "xa-b")).cache).toBe("MISS"); // xa-b not known yet: its own render says it is quiet
    expect((await get("/vi/library", "xa-b")).cache).toBe("MISS"); // rendered once, for everyone…
    expect((await get("/vi/library")).cache).toBe("HIT");
    expect((await get("/vi/library", "xa-a")).cache).toBe("HIT");
    expect(renders).toEqual(["/vi/news/tin-a xa-a", "/vi/forum ", "/vi/forum xa-b", "/vi/library "]);
  });

  it("the notices list reads the choice itself: still one copy per commune", async () => {
    await get("/vi/news/tin-a", "xa-a");
    await get("/vi/notices", "xa-a");
    await get("/vi/notices");
    expect(renders).toEqual(["/vi/news/tin-a xa-a", "/vi/notices xa-a", "/vi/notices "]);
  });

  it("a notice for the commune ends it: its readers get their own copies, with the banner", async () => {
    await get("/vi/news/tin-a", "xa-a");
    await get("/vi/forum", "xa-a");
    loud.add("cA");
    expect((await purge(noticePageKeys("n1", { provinceWide: false, communeIds: ["cA"] }))).status).toBe(204);
    const page = await get("/vi/forum", "xa-a");
    expect(page.body).toContain("Cảnh báo cho xa-a");
    expect(renders.at(-1)).toBe("/vi/forum xa-a");
    // Readers who chose none, and another quiet commune's, still share the stored copy.
    expect((await get("/vi/forum")).cache).toBe("HIT");
  });

  it("a province-wide notice (`banner`) forgets every quiet commune", async () => {
    await get("/vi/news/tin-a", "xa-a");
    await purge(["banner"]);
    renders.length = 0;
    await get("/vi/forum", "xa-a");
    expect(renders).toEqual(["/vi/forum xa-a"]);
  });
});
