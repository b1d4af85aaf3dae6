import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { articleDocumentsPageKeys } from "@/lib/documents/page-keys";
import { datasetReleasePageKeys } from "@/lib/dataset/page-keys";
import { questionPageKey, questionPageKeys } from "@/lib/forum/page-keys";
import { libraryItemPageKey, libraryItemPageKeys } from "@/lib/library/page-keys";
import { bannerPageKeys, noticePageKey, noticePageKeys } from "@/lib/notices/page-keys";
import { producerPageKey, producerPageKeys, productPageKey, productPageKeys } from "@/lib/products/page-keys";
import { communeOfficePageKeys, communePageKey, officePageKey } from "@/lib/units/page-keys";
import { startFrontServer } from "./helpers";

/**
 * Each domain's change against the real front server: a stand-in for Next answers the portal's
 * real addresses, each page declaring the keys the real page declares (the same functions:
 * the layout's banner keys for the reader's commune, the item pages' own keys). After a change
 * purges the keys its domain names (lib/<domain>/page-keys.ts), exactly the pages showing it
 * are rendered again, and every unrelated stored page is still served from the store.
 */

const COMMUNES: Record<string, string> = { "xa-a": "cA", "xa-b": "cB" };

// What each address shows, as the real page declares it; null: the page does not exist (404).
const PAGES: Record<string, string[] | null> = {
  "": [],
  "/news/tin-a": ["article:a1"],
  "/notices": [],
  "/notices/n1": [noticePageKey("n1"), officePageKey("cA")],
  "/notices/n2": [noticePageKey("n2"), officePageKey("cB")],
  "/notices/n9": null,
  "/communes": [],
  "/communes/xa-a": [communePageKey("cA")],
  "/communes/xa-b": [communePageKey("cB")],
  "/forum": [],
  "/forum/7": [questionPageKey(7)],
  "/forum/8": [questionPageKey(8)],
  "/forum/9": null,
  "/products": [],
  "/products/mat-ong": [productPageKey("p1"), producerPageKey("r1")],
  "/products/che-shan": [productPageKey("p2"), producerPageKey("r2")],
  "/products/moi": null,
  "/producers/htx-a": [producerPageKey("r1")],
  "/producers/htx-b": [producerPageKey("r2")],
  "/library": [],
  "/library/l1": [libraryItemPageKey("l1")],
  "/library/l2": [libraryItemPageKey("l2")],
  "/library/l9": null,
  "/documents": [],
  "/documents/nd-1": [],
  "/contact": [],
  "/data": [],
  "/search?q=che": [],
};
const READERS = ["", "xa-a", "xa-b"] as const;

type Copy = `${string} ${(typeof READERS)[number]}`;
const ALL: Copy[] = Object.keys(PAGES).flatMap((page) =>
  ["vi", "en"].flatMap((locale) => READERS.map((reader) => `/${locale}${page} ${reader}` as Copy)),
);

let front: Awaited<ReturnType<typeof startFrontServer>>;
let base: string;

function page(keys: string[], status: number) {
  const meta = keys.length ? `<meta name="portal-keys" content="${keys.join(" ")}"/>` : "";
  const head = status === 200 ? '<meta name="description" content="D"/><link rel="canonical" href="http://localhost/x"/>' : "";
  return `<!DOCTYPE html><html lang="vi"><head><title>T</title>${head}${meta}</head><body><h1>T</h1></body></html>`;
}

beforeAll(async () => {
  front = await startFrontServer((req, res) => {
    const [, locale, ...rest] = (req.url ?? "/").split("/");
    const path = rest.length ? `/${rest.join("/")}` : "";
    const slug = /portal_commune=([^;]+)/.exec(req.headers.cookie ?? "")?.[1] ?? "";
    // The public frame (components/layout/public-frame.tsx): whose banner this copy shows.
    const banner = bannerPageKeys(COMMUNES[slug] ?? null);
    const own = locale === "vi" || locale === "en" ? PAGES[path] : null;
    const status = own === null || own === undefined ? 404 : 200;
    res.writeHead(status, { "content-type": "text/html; charset=utf-8" }).end(page([...banner, ...(own ?? [])], status));
  });
  base = front.base;
});
afterAll(() => front.close());

async function get(copy: Copy) {
  const [path, reader] = copy.split(" ");
  const response = await fetch(`${base}${path}`, { headers: reader ? { cookie: `portal_commune=${reader}` } : {} });
  await response.arrayBuffer();
  return response.headers.get("x-portal-cache");
}

const purge = (keys: string[]) => front.purge(keys);

/** Stores every copy, purges `keys`, and gives the copies that were rendered again. */
async function purgedBy(keys: string[]): Promise<Copy[]> {
  for (const copy of ALL) await get(copy);
  for (const copy of ALL) expect(await get(copy), copy).toBe("HIT");
  expect((await purge(keys)).status).toBe(204);
  const missed: Copy[] = [];
  for (const copy of ALL) if ((await get(copy)) !== "HIT") missed.push(copy);
  return missed;
}

/** Every copy (languages × readers) of these addresses. */
function copiesOf(...pages: string[]): Copy[] {
  return ALL.filter((copy) => pages.some((page) => copy.replace(/^\/(vi|en)/, "").split(" ")[0] === page));
}

function sorted(copies: Copy[]) {
  return [...new Set(copies)].sort();
}

beforeEach(async () => {
  await front.purge();
});

describe("a change purges the stored pages showing it, and only those", () => {
  it("a commune's notice: its pages, the lists, the commune's page, search, and the banner of that commune's readers only", async () => {
    const missed = await purgedBy(noticePageKeys("n1", { provinceWide: false, communeIds: ["cA"] }));
    const readersOfA = ALL.filter((copy) => copy.endsWith(" xa-a"));
    expect(sorted(missed)).toEqual(
      sorted([...copiesOf("/notices/n1", "/notices", "/notices/n9", "/communes/xa-a", "/search?q=che"), ...readersOfA]),
    );
    // Unrelated: another commune's readers and notice, the province's readers elsewhere.
    expect(missed).not.toContain("/vi/notices/n2 xa-b");
    expect(missed).not.toContain("/vi/products/mat-ong ");
    expect(missed).not.toContain("/en/forum/8 xa-b");
  });

  it("a province-wide notice: every reader's banner, so every public page", async () => {
    const missed = await purgedBy(noticePageKeys("n3", { provinceWide: true, communeIds: [] }));
    expect(sorted(missed)).toEqual(sorted(ALL));
  });

  it("a forum question: its page in every language, the forum lists, a 404 it may fill, its commune's page and search", async () => {
    const missed = await purgedBy(questionPageKeys({ number: 7, communeId: "cA" }));
    expect(sorted(missed)).toEqual(sorted(copiesOf("/forum/7", "/forum", "/forum/9", "/communes/xa-a", "/search?q=che")));
    expect(missed).not.toContain("/vi/forum/8 ");
  });

  it("a product: its page, its producer's page, the product list, a 404 it may fill, its commune's page and search", async () => {
    const missed = await purgedBy(productPageKeys({ id: "p1", producerId: "r1", communeId: "cA" }));
    expect(sorted(missed)).toEqual(
      sorted(copiesOf("/products/mat-ong", "/producers/htx-a", "/products", "/products/moi", "/communes/xa-a", "/search?q=che")),
    );
    expect(missed).not.toContain("/vi/products/che-shan ");
  });

  it("a producer: their page and their products' pages, the list, their commune's page and search", async () => {
    const missed = await purgedBy(producerPageKeys({ id: "r2", communeId: "cB" }));
    expect(sorted(missed)).toEqual(
      sorted(copiesOf("/producers/htx-b", "/products/che-shan", "/products", "/products/moi", "/communes/xa-b", "/search?q=che")),
    );
  });

  it("a library item: its page in every language, the library lists, a 404 it may fill, search", async () => {
    const missed = await purgedBy(libraryItemPageKeys("l1"));
    expect(sorted(missed)).toEqual(sorted(copiesOf("/library/l1", "/library", "/library/l9", "/search?q=che")));
    expect(missed).not.toContain("/vi/library/l2 ");
  });

  it("an article's cited documents: the article's pages, its lists, home, search, communes and the document pages", async () => {
    const missed = await purgedBy(articleDocumentsPageKeys("a1"));
    expect(sorted(missed)).toEqual(
      sorted(
        copiesOf("/news/tin-a", "", "/search?q=che", "/communes", "/communes/xa-a", "/communes/xa-b", "/documents", "/documents/nd-1"),
      ),
    );
    expect(missed).not.toContain("/vi/products ");
  });

  it("a commune office's contact: the commune's page, the contact page, its notices' pages", async () => {
    const missed = await purgedBy(communeOfficePageKeys("cB"));
    expect(sorted(missed)).toEqual(sorted(copiesOf("/communes/xa-b", "/contact", "/notices/n2")));
  });

  it("a commune's dataset release: the data pages and that commune's page; a province release: every commune page", async () => {
    expect(sorted(await purgedBy(datasetReleasePageKeys("cA")))).toEqual(sorted(copiesOf("/data", "/communes/xa-a")));
    expect(sorted(await purgedBy(datasetReleasePageKeys(null)))).toEqual(
      sorted(copiesOf("/data", "/communes", "/communes/xa-a", "/communes/xa-b")),
    );
  });
});
