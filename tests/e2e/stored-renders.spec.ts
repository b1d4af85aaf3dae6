import http from "node:http";
import { expect, test } from "@playwright/test";
import { t } from "./fixtures";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const METRICS = `http://127.0.0.1:${PORT + 3}/metrics`;

/** A page asked for a host the front server stores nothing for: Next.js is asked every time. */
function bypass(path: string, cookie = ""): Promise<{ status: number; cache: string; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: "127.0.0.1", port: PORT, path, headers: { host: "render.invalid", cookie } }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            cache: String(response.headers["x-portal-cache"]),
            body: Buffer.concat(chunks).toString("utf8"),
          }),
        );
      })
      .on("error", reject);
  });
}

/** A metric's value (the first series of `name` matching `labels`), 0 when absent. */
async function metric(name: string, labels = "") {
  const text = await (await fetch(METRICS)).text();
  const series = labels ? `${name}\\{${labels}\\}` : name;
  return Number(new RegExp(`^${series} (\\d+)`, "m").exec(text)?.[1] ?? 0);
}

/** Public pages asked of Next.js so far: rendered, or answered from its stored renders. */
async function nextPages() {
  return {
    rendered: await metric("portal_next_pages_total", 'source="rendered"'),
    stored: await metric("portal_next_pages_total", 'source="stored"'),
  };
}

const ARTICLE = "/en/news/how-a-health-insurance-card-helps-your-family";

/**
 * An article is the same for every reader: Next.js renders it once and keeps it
 * (app/(stored)), so a page the front server does not hold (expired, purged, another host) costs
 * no render; each reader's text size and commune banner are put in by the front server.
 */
test.describe("stored renders", () => {
  test("an article is rendered once, then answered from the stored render; a list page is rendered each time", async () => {
    expect((await bypass(ARTICLE)).status).toBe(200);
    const before = await nextPages();
    for (let i = 0; i < 5; i++) {
      const answer = await bypass(ARTICLE);
      expect(answer.cache).toBe("BYPASS");
      expect(answer.body).toContain('<html lang="en"');
    }
    const afterArticle = await nextPages();
    expect(afterArticle.rendered - before.rendered).toBe(0);
    expect(afterArticle.stored - before.stored).toBe(5);
    // A page rendered for each request (app/(dynamic)) for comparison.
    for (let i = 0; i < 2; i++) expect((await bypass("/en/news")).status).toBe(200);
    const afterList = await nextPages();
    expect(afterList.rendered - afterArticle.rendered).toBe(2);
    expect(afterList.stored - afterArticle.stored).toBe(0);
    // What Next.js holds for it, bounded by bytes (lib/cache/memory-cache-handler.cjs).
    expect(await metric("portal_render_store_entries")).toBeGreaterThanOrEqual(1);
    expect(await metric("portal_render_store_bytes")).toBeGreaterThan(10_000);
    expect(await metric("portal_data_cache_entries")).toBeGreaterThanOrEqual(1);
    expect(await metric("portal_data_cache_bytes")).toBeGreaterThan(1000);
  });

  test("a commune's and a text size's copy of a stored article shows that reader's banner and size, stored or not", async ({ request }) => {
    const cookie = "portal_commune=minh-dan; portal_text_size=2";
    const made = await bypass(ARTICLE, cookie);
    expect(made.status).toBe(200);
    expect(made.body).toContain('<html lang="en" data-text-size="2"');
    expect(made.body).toContain(t("en", "notices", "banner.forCommune", { commune: "Xã Minh Dân" }));
    // Readers who chose no commune: the province's banner, no size.
    const plain = await bypass(ARTICLE);
    expect(plain.body).toContain('<html lang="en">');
    expect(plain.body).toContain(t("en", "notices", "banner.provinceOnly"));
    // Through the store: the same page, byte for byte.
    let stored = "";
    await expect
      .poll(async () => {
        const response = await request.get(ARTICLE, { headers: { cookie } });
        stored = await response.text();
        return response.headers()["x-portal-cache"];
      })
      .toMatch(/^(HIT|DERIVED)$/);
    expect(stored).toBe(made.body);
  });
});
