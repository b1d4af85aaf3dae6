import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type Browser } from "@playwright/test";
import fc from "fast-check";
import { hostileString } from "../fixtures/hostile";
import { expectDashboard, signIn, t } from "./fixtures";

const n = (key: string, params?: Record<string, unknown>) => t("vi", "notices", key, params);
const PORT = Number(process.env.E2E_PORT ?? 3100);
const PORTAL = `http://localhost:${PORT}`;

/** A page on another site (another origin, as a link in a message would lead to), started by the test. */
async function foreignSite(html: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((_req, res) => res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(html));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A resident who chose Minh Dân on the notices page (no JavaScript). */
async function residentOfMinhDan(browser: Browser) {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/vi/notices");
  await page
    .getByRole("form", { name: n("chooser.label") })
    .getByLabel(n("chooser.label"))
    .selectOption({ label: "Xã Minh Dân" });
  await page.getByRole("button", { name: n("chooser.submit") }).click();
  await expect(page.getByText(n("chooser.current", { commune: "Xã Minh Dân" }))).toBeVisible();
  return { context, page };
}

test.describe("[SECURITY] what a foreign site or a crafted address cannot do", () => {
  test("a page on another site cannot change the reader's commune, nor send them off the portal", async ({ browser }) => {
    const { context } = await residentOfMinhDan(browser);
    // The foreign page posts the commune form to the portal by itself, with a next= that would lead away.
    const evil = await foreignSite(`<!DOCTYPE html><form method="post" action="${PORTAL}/preferences/commune">
      <input name="commune" value="thuong-lam"><input name="next" value="/&#9;/evil.example/"></form>
      <script>document.forms[0].submit()</script>`);
    try {
      const attacked = await (await browser.newContext()).newPage();
      await attacked.context().addCookies(await context.cookies());
      await attacked.goto(evil.url);
      await attacked.waitForURL((url) => url.origin === PORTAL);
      expect(new URL(attacked.url()).origin).toBe(PORTAL);
      const cookies = await attacked.context().cookies(PORTAL);
      expect(cookies.find((cookie) => cookie.name === "portal_commune")?.value).toBe("minh-dan");
      // The reader's banner still follows their own commune.
      await attacked.goto("/vi/notices");
      await expect(attacked.getByText(n("chooser.current", { commune: "Xã Minh Dân" }))).toBeVisible();
    } finally {
      await evil.close();
    }
  });

  test("next= addresses that browsers read as another site stay on the portal", async ({ page }) => {
    for (const next of [
      "/%09/evil.example/",
      "/%5Cevil.example",
      "//evil.example",
      "/%2F%2Fevil.example",
      "/.//evil.example",
      "https://evil.example",
    ]) {
      await page.goto(`/preferences/locale?locale=vi&next=${next}`);
      expect(new URL(page.url()).origin, next).toBe(PORTAL);
    }
    await signIn(page, "official@demo.local");
    await expectDashboard(page);
    for (const next of ["/%09/evil.example/", "/\\evil.example", "//evil.example"]) {
      await page.goto(`/login?next=${encodeURIComponent(next)}`);
      expect(new URL(page.url()).origin, next).toBe(PORTAL);
    }
  });

  test("the stored copy of a page never carries a forged Host; crafted paths are sent to their one address", async ({ request }) => {
    const article = "/vi/news/chinh-sach-ho-tro-ho-ngheo-lam-nha-o";
    const forged = await request.get(article, { headers: { host: "evil.example", "x-forwarded-host": "evil.example" } });
    expect(forged.status()).toBe(200);
    expect(await forged.text()).not.toContain("evil.example");
    // The copy every reader gets afterwards (stored by the front server).
    const stored = await request.get(article);
    const html = await stored.text();
    expect(html).not.toContain("evil.example");
    expect(html).toContain(`href="${PORTAL}${article}"`);
    for (const [raw, location] of [
      ["/vi/./forum/track/ABCD2345", "/vi/forum/track/ABCD2345"],
      ["/vi/forum/x/../track/ABCD2345", "/vi/forum/track/ABCD2345"],
    ]) {
      // Sent as written (a browser or fetch would resolve the dot segments itself).
      const raw308 = await new Promise<http.IncomingMessage>((resolve, reject) =>
        http.get({ host: "localhost", port: PORT, path: raw }, resolve).on("error", reject),
      );
      raw308.resume();
      expect(raw308.statusCode, raw).toBe(308);
      expect(raw308.headers.location).toBe(location);
    }
  });

  test("a sample of hostile search queries over HTTP: never a server error, never echoed as markup", async ({ request }) => {
    await fc.assert(
      fc.asyncProperty(
        hostileString,
        fc.constantFrom("/vi/search", "/en/search", "/vi/forum", "/vi/library", "/vi/products"),
        async (raw, path) => {
          const q = raw.slice(0, 150).toWellFormed(); // what a browser can send
          const response = await request.get(`${path}?q=${encodeURIComponent(q)}`);
          expect(response.status(), q).toBeLessThan(500);
          // Text with markup characters comes back escaped, never as written.
          if (/[<>"]/.test(q) && q.trim().length > 3) expect((await response.text()).includes(q.trim()), q).toBe(false);
        },
      ),
      { numRuns: 60 },
    );
  });
});
