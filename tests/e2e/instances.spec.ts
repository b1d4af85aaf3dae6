import { spawn, type ChildProcess } from "node:child_process";
import { expect, test } from "@playwright/test";
import { startNginx } from "../fixtures/nginx";
import { expectDashboard, signIn, t, testDb } from "./fixtures";

/**
 * Two portal instances on one database (the one Playwright started, and a second one started
 * here on the next port): a change made on one reaches the other's page store and data cache
 * within a second, over PostgreSQL LISTEN/NOTIFY; a listener that loses its connection
 * reconnects and drops everything once.
 */
const PORT = Number(process.env.E2E_PORT ?? 3100);
const OTHER_PORT = PORT + 1;
/** nginx in front of both (the instances accept its address: ALLOWED_HOSTS, playwright.config.ts). */
const NGINX_PORT = PORT + 2;
const OTHER = `http://localhost:${OTHER_PORT}`;
const n = (key: string, params?: Record<string, unknown>) => t("vi", "notices", key, params);
/** An article: a page Next.js stores (app/(stored)), so each instance keeps two copies to drop. */
const ARTICLE = "/vi/news/chinh-sach-ho-tro-ho-ngheo-lam-nha-o";

async function get(path: string, cookie?: string) {
  const response = await fetch(`${OTHER}${path}`, { headers: cookie ? { cookie } : {} });
  return { state: response.headers.get("x-portal-cache"), html: await response.text() };
}

/** Reads a page on the other instance until it is served from its store. */
async function warm(path: string, cookie?: string) {
  await expect.poll(async () => (await get(path, cookie)).state, { timeout: 10_000 }).toBe("HIT");
}

/** Milliseconds until the other instance's page shows `text` (fails after `limit`). */
async function msUntilShown(path: string, text: string, limit: number, cookie?: string) {
  const started = Date.now();
  await expect.poll(async () => (await get(path, cookie)).html.includes(text), { timeout: limit, intervals: [25] }).toBe(true);
  return Date.now() - started;
}

let other: ChildProcess | null = null;

test.describe("[INSTANCES] two instances on one database", () => {
  test.beforeAll(async () => {
    test.setTimeout(240_000);
    other = spawn(process.execPath, ["scripts/start.mjs"], {
      env: { ...process.env, PORT: String(OTHER_PORT), ALLOWED_HOSTS: `127.0.0.1:${NGINX_PORT}` },
      stdio: ["ignore", "ignore", "inherit"],
    });
    await expect
      .poll(async () => (await fetch(`${OTHER}/api/health`).catch(() => null))?.status ?? 0, { timeout: 200_000, intervals: [500] })
      .toBe(200);
  });
  test.afterAll(async () => {
    if (!other || other.exitCode !== null) return;
    const exited = new Promise((resolve) => other!.once("exit", resolve));
    other.kill("SIGTERM");
    await exited;
  });

  test("settings saved on one instance show on the other's pages within a second (page store, stored renders, data cache)", async ({
    page,
  }) => {
    await warm("/vi");
    await warm(ARTICLE);
    await signIn(page, "admin@demo.local");
    await expectDashboard(page);
    await page.goto("/admin/settings");
    const name = `Cổng hai máy ${Date.now()}`;
    await page.getByLabel(t("vi", "admin", "settings.portalNameVi")).fill(name);
    await page.getByRole("button", { name: t("vi", "admin", "common.save") }).click();
    await expect(page.getByText(t("vi", "admin", "settings.saved"))).toBeVisible();
    const ms = await msUntilShown("/vi", name, 1000);
    console.log(`settings change visible on the other instance after ${ms} ms`);
    await msUntilShown(ARTICLE, name, 1000);

    // Restore the default for the other tests.
    await page.getByLabel(t("vi", "admin", "settings.portalNameVi")).fill("");
    await page.getByRole("button", { name: t("vi", "admin", "common.save") }).click();
    await expect(page.getByText(t("vi", "admin", "settings.saved"))).toBeVisible();
  });

  test("a notice issued on one instance is in the other's banner within a second", async ({ page }) => {
    const cookie = "portal_commune=minh-dan";
    await warm(ARTICLE, cookie);
    await signIn(page, "official@demo.local");
    await expectDashboard(page);
    const headline = `Cảnh báo hai máy ${Date.now()}`;
    const expires = new Date(Date.now() + 2 * 3_600_000 + 7 * 3_600_000).toISOString().slice(0, 16);
    await page.goto("/admin/notices/new");
    await page.getByLabel(n("admin.fields.category")).selectOption("DISASTER");
    await page.getByLabel(n("admin.fields.hazard")).selectOption("FLASH_FLOOD");
    await page.getByLabel(n("admin.fields.severity")).selectOption("SEVERE");
    await page.getByRole("checkbox", { name: "Xã Minh Dân", exact: true }).check();
    await page.getByLabel(n("admin.fields.expiresAt")).fill(expires);
    await page.getByLabel(n("admin.fields.headline")).fill(headline);
    await page.getByRole("textbox", { name: n("admin.fields.description"), exact: true }).fill("Mưa lớn trên thượng nguồn.");
    await page.getByRole("textbox", { name: n("admin.fields.instruction"), exact: true }).fill("Không qua suối, ngầm, tràn.");
    await page.getByRole("button", { name: t("vi", "admin", "common.save") }).click();
    await expect(page).toHaveURL(/\/admin\/notices\/[^/?]+\?done=created$/);
    const issue = page.getByRole("form", { name: n("admin.editor.issue"), exact: true });
    await issue.getByRole("button", { name: n("admin.editor.issue"), exact: true }).click();
    await expect(page.getByText(n("admin.issued"), { exact: true })).toBeVisible();
    const ms = await msUntilShown(ARTICLE, headline, 1000, cookie);
    console.log(`notice visible in the other instance's banner after ${ms} ms`);
  });

  test("a listener that lost its connection reconnects and drops everything once", async () => {
    const db = testDb();
    try {
      await warm("/vi");
      const listeners = () =>
        db.$queryRaw<
          { n: number }[]
        >`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name IN ('portal-page-store', 'portal-data-cache')`.then(
          (rows) => rows[0]!.n,
        );
      expect(await listeners()).toBe(4);
      await db.$queryRaw`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND application_name IN ('portal-page-store', 'portal-data-cache')`;
      // Changed behind the portal's back while nobody listens: no announcement at all.
      const name = `Cổng mất kết nối ${Date.now()}`;
      await db.setting.upsert({
        where: { key: "site" },
        update: { value: { portalNameVi: name } },
        create: { key: "site", value: { portalNameVi: name } },
      });
      await expect.poll(listeners, { timeout: 10_000 }).toBe(4);
      await msUntilShown("/vi", name, 5000);
      // Back to the default, and both instances resynchronised again for the other tests.
      await db.setting.update({ where: { key: "site" }, data: { value: {} } });
      await db.$queryRaw`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND application_name IN ('portal-page-store', 'portal-data-cache')`;
      await expect.poll(listeners, { timeout: 10_000 }).toBe(4);
    } finally {
      await db.$disconnect();
    }
  });

  test("nginx (Debian) in front of both: public pages cached, private ones never, a change shows through its one-second cache", async ({
    page,
  }) => {
    const nginx = await startNginx({ listen: NGINX_PORT, upstreams: [PORT, OTHER_PORT] });
    try {
      const through = async (path: string) => {
        const response = await fetch(`http://127.0.0.1:${NGINX_PORT}${path}`);
        return {
          status: response.status,
          cache: response.headers.get("x-cache-status"),
          control: response.headers.get("cache-control"),
          keys: response.headers.get("surrogate-key"),
          html: await response.text(),
        };
      };
      // Served by the instances' stores, marked shareable, with its keys; then from nginx's cache.
      await expect
        .poll(
          async () => {
            const r = await through("/vi/news");
            return `${r.status} ${r.control} ${r.cache}`;
          },
          { timeout: 10_000 },
        )
        .toMatch(/^200 public, max-age=0, s-maxage=\d+, stale-while-revalidate=\d+ /);
      // Every page names the banner it shows (no commune chosen: the province's), then its section and language.
      expect((await through("/vi/news")).keys).toBe("banner section:news locale:vi");
      const states = await Promise.all(Array.from({ length: 10 }, () => through("/vi/news").then((r) => r.cache)));
      expect(states).toContain("HIT");
      // Private answers are never kept.
      expect((await through("/login")).cache).not.toBe("HIT");
      expect((await through("/login")).cache).not.toBe("HIT");

      await signIn(page, "admin@demo.local");
      await expectDashboard(page);
      await page.goto("/admin/settings");
      const name = `Cổng qua nginx ${Date.now()}`;
      await page.getByLabel(t("vi", "admin", "settings.portalNameVi")).fill(name);
      await page.getByRole("button", { name: t("vi", "admin", "common.save") }).click();
      await expect(page.getByText(t("vi", "admin", "settings.saved"))).toBeVisible();
      const started = Date.now();
      await expect.poll(async () => (await through("/vi/news")).html.includes(name), { timeout: 2500, intervals: [50] }).toBe(true);
      console.log(`settings change visible through nginx after ${Date.now() - started} ms`);
      await page.getByLabel(t("vi", "admin", "settings.portalNameVi")).fill("");
      await page.getByRole("button", { name: t("vi", "admin", "common.save") }).click();
      await expect(page.getByText(t("vi", "admin", "settings.saved"))).toBeVisible();
    } finally {
      await nginx.stop();
    }
  });
});
