import { spawn, type ChildProcess } from "node:child_process";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { startTcpProxy } from "../fixtures/tcp-proxy";
import { t, testDb } from "./fixtures";

/**
 * A resident sends a form while the database cannot be reached. A second portal instance (the
 * real front server and Next.js) runs on the test database through a TCP proxy that the test
 * takes down: open connections are cut, new ones refused. The resident gets the localized page
 * saying nothing was sent, with what they typed, never a bare "Internal Server Error"; once the
 * database is back, "Send again" sends the same form and it is saved.
 */
const PORT = Number(process.env.E2E_PORT ?? 3100);
/** The next port (instances.spec.ts uses it too, in its own describe block; workers run one at a time). */
const DOWN_PORT = PORT + 1;
const ORIGIN = `http://localhost:${DOWN_PORT}`;
const e = (locale: "vi" | "en", key: string) => t(locale, "errorPage", key);
const f = (locale: "vi" | "en", key: string) => t(locale, "forum", key);
const r = (key: string) => t("vi", "reach", key);
const db = testDb();

let portal: ChildProcess | null = null;
let proxy: Awaited<ReturnType<typeof startTcpProxy>> | null = null;

/** A resident's browser on the instance behind the proxy: no account, no JavaScript. */
async function resident(browser: Browser) {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: ORIGIN });
  return context.newPage();
}

/** Sends the form, and gives the answer the browser got. */
async function send(page: Page, button: string) {
  const [response] = await Promise.all([
    page.waitForResponse((res) => res.request().method() === "POST"),
    page.getByRole("button", { name: button }).click(),
  ]);
  return response;
}

async function expectNotSent(page: Page, locale: "vi" | "en", typed: string) {
  await expect(page.locator("html")).toHaveAttribute("lang", locale);
  await expect(page.getByRole("heading", { level: 1, name: e(locale, "notSentTitle") })).toBeVisible();
  await expect(page.getByText(e(locale, "notSentBody"))).toBeVisible();
  await expect(page.getByLabel(e(locale, "yourText"))).toHaveValue(typed);
  await expect(page.getByRole("button", { name: e(locale, "sendAgain") })).toBeVisible();
  expect(await page.content()).not.toContain("Internal Server Error");
}

test.describe("[DATABASE-DOWN] a form sent while the database cannot be reached", () => {
  test.skip(Boolean(process.env.TEST_DATABASE_EMBEDDED), "needs a PostgreSQL server to put a proxy in front of");

  test.beforeAll(async () => {
    test.setTimeout(240_000);
    const url = new URL(process.env.DATABASE_URL!);
    proxy = await startTcpProxy({ host: url.hostname, port: Number(url.port || 5432) });
    url.hostname = "127.0.0.1";
    url.port = String(proxy.port);
    portal = spawn(process.execPath, ["scripts/start.mjs"], {
      env: { ...process.env, PORT: String(DOWN_PORT), DATABASE_URL: url.toString(), OUTBOX_WORKER: "0" },
      stdio: ["ignore", "ignore", "inherit"],
      detached: true,
    });
    await expect
      .poll(async () => (await fetch(`${ORIGIN}/api/health`).catch(() => null))?.status ?? 0, { timeout: 200_000, intervals: [500] })
      .toBe(200);
  });
  test.afterAll(async () => {
    if (portal && portal.exitCode === null) {
      const exited = new Promise((resolve) => portal!.once("exit", resolve));
      portal.kill("SIGTERM");
      await exited;
    }
    await proxy?.close();
    await db.$disconnect();
  });
  test.beforeEach(async () => {
    proxy!.up();
    await db.loginThrottle.deleteMany({ where: { key: { startsWith: "forumAsk:" } } });
  });

  test("a question: the localized 'not sent' page with the text kept, in Vietnamese and English; sent again once the database is back", async ({
    browser,
  }) => {
    const page = await resident(browser);
    const body = `Xin hỏi về hỗ trợ nhà ở khi mạng mất kết nối cơ sở dữ liệu (${Date.now()})`;
    await page.goto("/vi/forum/ask");
    await page.getByLabel(f("vi", "ask.body")).fill(body);
    await page.getByLabel(f("vi", "ask.topic")).selectOption({ label: f("vi", "topics.LAND") });
    await page.getByLabel(f("vi", "ask.commune")).selectOption({ label: "Xã Minh Dân" });
    await page.getByLabel(f("vi", "ask.consent")).check();

    proxy!.down();
    const response = await send(page, f("vi", "ask.submit"));
    expect(response.status()).toBe(503);
    expect(response.headers()["content-type"]).toContain("text/html");
    await expectNotSent(page, "vi", body);
    expect(await db.forumQuestion.count({ where: { body } })).toBe(0);

    // The database is back: the same form, sent again with one press, is saved.
    proxy!.up();
    const again = await send(page, e("vi", "sendAgain"));
    expect(again.status()).toBeLessThan(500);
    await expect(page).toHaveURL(/\/vi\/forum\/track\/[2-9A-HJ-NP-Z]{8}\?sent=1/);
    await expect(page.getByRole("heading", { name: f("vi", "track.sentTitle") })).toBeVisible();
    expect(await db.forumQuestion.count({ where: { body } })).toBe(1);

    // An English reader gets it in English.
    const english = `A question about housing support while the database is down (${Date.now()})`;
    await page.goto("/en/forum/ask");
    await page.getByLabel(f("en", "ask.body")).fill(english);
    await page.getByLabel(f("en", "ask.topic")).selectOption({ label: f("en", "topics.LAND") });
    await page.getByLabel(f("en", "ask.commune")).selectOption({ index: 1 });
    await page.getByLabel(f("en", "ask.consent")).check();
    proxy!.down();
    expect((await send(page, f("en", "ask.submit"))).status()).toBe(503);
    await expectNotSent(page, "en", english);
    expect(await db.forumQuestion.count({ where: { body: english } })).toBe(0);
  });

  test("a subscription to notices: the same page, the address kept", async ({ browser }) => {
    const page = await resident(browser);
    const address = `nguoi.dan.ban.xa.minh.dan.${Date.now()}@example.vn`;
    await page.goto("/vi/subscribe");
    const form = page.getByRole("form", { name: r("subscribe.noticesTitle") });
    await form.getByLabel(r("subscribe.commune")).selectOption({ label: "Xã Minh Dân" });
    await form.getByLabel(r("subscribe.channel")).selectOption("EMAIL");
    await form.getByLabel(r("subscribe.address")).fill(address);
    await form.getByLabel(r("subscribe.consent")).check();

    proxy!.down();
    const [response] = await Promise.all([
      page.waitForResponse((res) => res.request().method() === "POST"),
      form.getByRole("button", { name: r("subscribe.submit") }).click(),
    ]);
    expect(response.status()).toBe(503);
    await expectNotSent(page, "vi", address);
    expect(await db.subscription.count({ where: { address } })).toBe(0);
  });
});
