import { createRequire } from "node:module";
import { beforeEach, describe, expect, it } from "vitest";

// The handler Next.js loads (CommonJS), as it loads it.
const require = createRequire(import.meta.url);
const Handler = require("../../../lib/cache/memory-cache-handler.cjs") as {
  new (): {
    get(key: string): Promise<{ value: { headers?: Record<string, string>; html?: string } } | null>;
    set(key: string, data: unknown, ctx?: { tags?: string[] }): Promise<void>;
    revalidateTag(tags: string | string[]): Promise<void>;
  };
  stats(): { renders: number };
};

/** A stored render as Next.js hands it to the handler (app/(stored)). */
function page(html: string, status = 200) {
  return {
    kind: "APP_PAGE",
    html: `<!DOCTYPE html><html><head>${html}</head><body></body></html>`,
    rscData: Buffer.from("rsc"),
    segmentData: new Map([["/_tree", Buffer.from("tree")]]),
    headers: { "x-next-cache-tags": "articles,notices,_N_T_/vi/news/a" },
    status,
  };
}

// As the pages write them: the article's key, then the banner's (components/notices/notice-banner.tsx).
const ARTICLE = '<meta name="portal-keys" content="article:a1"/><meta name="portal-keys" content="banner"/>';

describe("stored renders in the cache handler (lib/cache/memory-cache-handler.cjs)", () => {
  const handler = new Handler();
  beforeEach(() => handler.revalidateTag("page:*"));

  it("are dropped by the front server's page keys, not by the reads they made", async () => {
    await handler.set("/vi/news/a", page(ARTICLE));
    await handler.set("/vi/news/b", page('<meta name="portal-keys" content="article:b2"/>'));
    await handler.set("read", { kind: "FETCH", data: { body: "{}" } }, { tags: ["articles"] });
    // Next.js would expire the page by the reads' tags it noted: they are not given back.
    expect((await handler.get("/vi/news/a"))?.value.headers).toEqual({});
    await handler.revalidateTag("articles");
    expect(await handler.get("read")).toBeNull();
    expect(await handler.get("/vi/news/a")).not.toBeNull();
    // The keys a change names (lib/cache/invalidate.ts): the article's own, its language's, the banner.
    await handler.revalidateTag(["page:article:a1"]);
    expect(await handler.get("/vi/news/a")).toBeNull();
    expect(await handler.get("/vi/news/b")).not.toBeNull();
    await handler.set("/vi/news/a", page(ARTICLE));
    await handler.revalidateTag(["page:banner"]);
    expect(await handler.get("/vi/news/a")).toBeNull();
    expect(await handler.get("/vi/news/b")).not.toBeNull();
    await handler.revalidateTag(["page:locale:vi"]);
    expect(await handler.get("/vi/news/b")).toBeNull();
  });

  it("a change whose pages are not known drops them all", async () => {
    await handler.set("/vi/news/a", page(ARTICLE));
    await handler.set("/en/law/c", page('<meta name="portal-keys" content="article:c3"/>'));
    await handler.revalidateTag("page:*");
    expect(Handler.stats().renders).toBe(0);
  });

  it("a page is not served past its own validity (a notice in its banner expires)", async () => {
    const soon = new Date(Date.now() + 150).toISOString();
    await handler.set("/vi/news/a", page(`${ARTICLE}<meta name="portal-valid-until" content="${soon}"/>`));
    expect(await handler.get("/vi/news/a")).not.toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await handler.get("/vi/news/a")).toBeNull();
  });

  it("keeps no 404: an address anyone can make up", async () => {
    await handler.set("/vi/news/khong-co", page("", 404));
    expect(await handler.get("/vi/news/khong-co")).toBeNull();
  });
});
