import { expect, test } from "@playwright/test";
import { t } from "./fixtures";

test.describe("[PUBLIC] home, languages and text size", () => {
  test("home in Vietnamese", async ({ page }) => {
    await page.goto("/vi");
    await expect(page.locator("html")).toHaveAttribute("lang", "vi");
    await expect(page.getByRole("heading", { level: 1, name: t("vi", "common", "portalName") })).toBeVisible();
    await expect(page.getByText(t("vi", "common", "home.lead"))).toBeVisible();
    await expect(page.getByRole("note")).toHaveCount(0);
  });

  test("home in English", async ({ page }) => {
    await page.goto("/en");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1, name: t("en", "common", "portalName") })).toBeVisible();
    await expect(page.getByRole("link", { name: t("en", "common", "nav.communes"), exact: true })).toBeVisible();
    await expect(page.getByRole("note")).toHaveCount(0);
  });

  test("home in Tày says the interface falls back to Vietnamese", async ({ page }) => {
    await page.goto("/tyz");
    // Shown in Vietnamese, so marked as Vietnamese.
    await expect(page.locator("html")).toHaveAttribute("lang", "vi");
    await expect(page.getByRole("note")).toHaveText(
      new RegExp(
        t("tyz", "common", "fallback.interface", { language: t("tyz", "common", "languageNames.tyz") }).replace(
          /[.*+?^${}()|[\]\\]/g,
          "\\$&",
        ),
      ),
    );
    await expect(page.getByRole("link", { name: "Tày" })).toHaveAttribute("aria-current", "true");
  });

  test("/ goes to the saved language, else the browser's, else Vietnamese", async ({ browser }) => {
    const english = await browser.newContext({ locale: "en-US" });
    const page = await english.newPage();
    await page.goto("/");
    await expect(page).toHaveURL(/\/en$/);
    // Visiting another language is not a choice; picking one in the switcher is.
    await page.goto("/tyz");
    await page.goto("/");
    await expect(page).toHaveURL(/\/en$/);
    await page.getByRole("link", { name: "Hmông" }).click();
    await expect(page).toHaveURL(/\/hmn$/);
    await page.goto("/");
    await expect(page).toHaveURL(/\/hmn$/);
    await english.close();
    const french = await browser.newContext({ locale: "fr-FR" });
    const other = await french.newPage();
    await other.goto("/");
    await expect(other).toHaveURL(/\/vi$/);
    await french.close();
  });

  test("the language switcher keeps the page", async ({ page }) => {
    await page.goto("/vi/communes/minh-dan");
    await page
      .getByRole("navigation", { name: t("vi", "common", "languages.label") })
      .getByRole("link", { name: "English" })
      .click();
    await expect(page).toHaveURL(/\/en\/communes\/minh-dan$/);
    await expect(page.getByRole("heading", { level: 2, name: t("en", "common", "communes.villages") })).toBeVisible();
    await page.getByRole("link", { name: "Dao" }).click();
    await expect(page).toHaveURL(/\/ium\/communes\/minh-dan$/);
  });

  test("an unknown language or page is a localized 404", async ({ page }) => {
    const response = await page.goto("/xx/news");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: t("vi", "common", "notFound.title") })).toBeVisible();
    const missing = await page.goto("/en/communes/no-such-commune");
    expect(missing?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: t("en", "common", "notFound.title") })).toBeVisible();
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("text size persists across pages", async ({ page }) => {
      await page.goto("/vi");
      const larger = page.getByRole("button", { name: t("vi", "common", "textSize.larger") });
      await larger.click();
      await expect(page).toHaveURL(/\/vi$/);
      await expect(page.locator("html")).toHaveAttribute("data-text-size", "1");
      await page.getByRole("button", { name: t("vi", "common", "textSize.larger") }).click();
      await expect(page.locator("html")).toHaveAttribute("data-text-size", "2");
      await page
        .getByRole("link", { name: t("vi", "common", "nav.communes") })
        .first()
        .click();
      await expect(page).toHaveURL(/\/vi\/communes$/);
      await expect(page.locator("html")).toHaveAttribute("data-text-size", "2");
      const size = await page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
      expect(size).toBe("20px");
      await page.getByRole("button", { name: t("vi", "common", "textSize.reset") }).click();
      await expect(page).toHaveURL(/\/vi\/communes$/);
      await expect(page.locator("html")).not.toHaveAttribute("data-text-size", /.+/);
    });

    test("pages read fine", async ({ page }) => {
      await page.goto("/vi/communes");
      await expect(page.getByRole("heading", { level: 1, name: t("vi", "common", "communes.title") })).toBeVisible();
      await expect(page.getByRole("link", { name: "Xã Minh Dân" })).toBeVisible();
    });
  });

  test("health check", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", database: "ok", migrations: "ok" });
    expect(await (await request.get("/api/health/ready")).json()).toEqual({ status: "ok", database: "ok", migrations: "ok" });
    expect(await (await request.get("/api/health/live")).json()).toEqual({ status: "ok" });
  });

  test("/sitemap.xml is an index of files within the protocol's 50,000 URLs", async ({ request }) => {
    const index = await (await request.get("/sitemap.xml")).text();
    expect(index).toContain("<sitemapindex");
    const files = [...index.matchAll(/<loc>[^<]*(\/sitemaps\/[a-z]+-\d+\.xml)<\/loc>/g)].map((m) => m[1]!);
    expect(files[0]).toBe("/sitemaps/pages-0.xml");
    expect(files).toContain("/sitemaps/articles-0.xml");
    const first = await request.get(files[0]!);
    expect(first.headers()["content-type"]).toContain("application/xml");
    const xml = await first.text();
    expect(xml).toContain("<urlset");
    expect(xml).toMatch(/<loc>http[^<]+\/vi\/news<\/loc>/);
    const articles = await (await request.get("/sitemaps/articles-0.xml")).text();
    expect(articles).toMatch(/<loc>http[^<]+\/vi\/news\/[^<]+<\/loc><lastmod>/);
    expect(articles.match(/<url>/g)!.length).toBeLessThanOrEqual(50_000);
    expect((await request.get("/sitemaps/articles-99.xml")).status()).toBe(404);
    expect((await request.get("/sitemaps/0.xml")).status()).toBe(404);
  });

  test("security headers: public pages run no inline script, the back office only with a nonce", async ({ request }) => {
    for (const path of ["/vi", "/login"]) {
      const headers = (await request.get(path)).headers();
      expect(headers["content-security-policy"]).toMatch(/frame-ancestors 'none'/);
      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
      expect(headers["permissions-policy"]).toContain("camera=()");
    }
    expect((await request.get("/vi")).headers()["content-security-policy"]).toMatch(/script-src 'self'(;|$)/);
    expect((await request.get("/login")).headers()["content-security-policy"]).toMatch(/script-src 'self' 'nonce-/);
  });

  test("public pages are plain HTML: no framework script, a few kilobytes", async ({ request }) => {
    const response = await request.get("/vi/communes");
    const html = await response.text();
    expect(html).not.toMatch(/<script(?![^>]*type="application\/ld\+json")/);
    expect(html).not.toContain("__next_f");
    expect(["MISS", "HIT", "STALE"]).toContain(response.headers()["x-portal-cache"]);
  });
});
