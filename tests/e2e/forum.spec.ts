/* eslint-disable max-lines -- one journey (ask, moderate, answer, track) whose steps share signed-in pages */
import { expect, test, type Browser, type Page } from "@playwright/test";
import { hashPassword } from "@/lib/auth/password";
import { newTrackingCode } from "@/lib/forum/tracking-code";
import { expectDashboard, signIn, t, testDb } from "./fixtures";

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const f = (key: string, params?: Record<string, unknown>) => t("vi", "forum", key, params);
const db = testDb();

/** Given a resident's browser: no account, JavaScript off (public pages run none anyway). */
async function resident(browser: Browser) {
  const context = await browser.newContext({ javaScriptEnabled: false });
  return context.newPage();
}

/** Given a signed-in member of staff in their own browser. */
async function staff(browser: Browser, email: string) {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  await expectDashboard(page);
  return page;
}

/** When a resident fills in the question form and sends it. */
async function ask(page: Page, fields: { body: string; commune?: string; name?: string; phone?: string; consent?: boolean }) {
  await page.goto("/vi/forum/ask");
  await page.getByLabel(f("ask.body")).fill(fields.body);
  await page.getByLabel(f("ask.topic")).selectOption({ label: f("topics.LAND") });
  await page.getByLabel(f("ask.commune")).selectOption({ label: fields.commune ?? "Xã Minh Dân" });
  if (fields.name) await page.getByLabel(f("ask.name")).fill(fields.name);
  if (fields.phone) await page.getByLabel(f("ask.phone")).fill(fields.phone);
  if (fields.consent !== false) await page.getByLabel(f("ask.consent")).check();
  await page.getByRole("button", { name: f("ask.submit") }).click();
}

/** Then the tracking page of the new question shows its code; returns it. */
async function trackingCode(page: Page) {
  await expect(page).toHaveURL(/\/vi\/forum\/track\/[2-9A-HJ-NP-Z]{8}\?sent=1$/);
  await expect(page.getByRole("heading", { name: f("track.sentTitle") })).toBeVisible();
  return new URL(page.url()).pathname.split("/").pop()!;
}

async function questionOf(code: string) {
  return db.forumQuestion.findUniqueOrThrow({ where: { trackingCode: code } });
}

test.describe("[FORUM] residents ask, officials answer in public", () => {
  test.beforeEach(async () => {
    // Each test asks from the same loopback address: start every test with its own allowance.
    await db.loginThrottle.deleteMany({ where: { key: { startsWith: "forumAsk:" } } });
  });

  test("a resident without JavaScript asks with a phone number inside; the commune's cadre answers; the answer is public with the phone masked and the name hidden", async ({
    browser,
  }) => {
    const page = await resident(browser);
    const stamp = Date.now();
    const body = `Nhà tôi muốn làm lại sổ đỏ đất vườn (${stamp}). Gọi cho tôi số 0912 345 678 nhé.`;
    await ask(page, { body, name: "Hoàng Văn Páo", phone: "0912345678" });
    const code = await trackingCode(page);
    await expect(page.locator(`[data-tracking-code="${code}"]`)).toHaveText(code);
    await expect(page.locator("[data-state]")).toHaveText(f("states.SUBMITTED"));
    // The private page is never stored by a cache nor indexed.
    const response = await page.request.get(`/vi/forum/track/${code}`);
    expect(response.headers()["cache-control"]).toBe("private, no-store");
    expect(response.headers()["x-robots-tag"]).toContain("noindex");
    expect(await response.text()).toContain('name="robots" content="noindex, nofollow"');

    const question = await questionOf(code);
    expect(question.publicBody).toContain("***");

    // An official publishes it (checking the masked text), the cadre of Minh Dân answers.
    const official = await staff(browser, "official@demo.local");
    await official.goto(`/admin/forum/${question.id}`);
    await expect(official.getByText("0912 345 678")).toBeVisible(); // staff see the original
    const publish = official.getByRole("form", { name: f("admin.detail.publish") });
    await expect(publish.getByLabel(f("admin.detail.publicBody"))).toHaveValue(question.publicBody);
    await publish.getByRole("button", { name: f("admin.detail.publish") }).click();
    await expect(official.getByText(f("admin.done.published"))).toBeVisible();

    const cadre = await staff(browser, "cadre.minhdan@demo.local");
    await cadre.goto("/admin/forum");
    await cadre.getByRole("link", { name: new RegExp(`\\(${stamp}\\)`) }).click();
    const answerForm = cadre.getByRole("form", { name: f("admin.detail.publishAnswer") });
    await answerForm.getByLabel(f("admin.detail.answerBody")).fill("Anh mang giấy tờ đến **bộ phận một cửa** của xã để được hướng dẫn.");
    await expect(answerForm.getByLabel(f("admin.detail.unitName"))).toHaveValue("UBND xã Minh Dân");
    await answerForm.getByRole("button", { name: f("admin.detail.publishAnswer") }).click();
    await expect(cadre.getByText(f("admin.done.answered"))).toBeVisible();

    // The resident sees the answer on the tracking page and on the public page.
    await page.goto(`/vi/forum/track/${code}`);
    await expect(page.locator("[data-state]")).toHaveText(f("states.ANSWERED"));
    await expect(page.getByRole("heading", { name: f("question.answerHeading", { unit: "UBND xã Minh Dân" }) })).toBeVisible();
    await page.getByRole("link", { name: f("track.publicLink") }).click();
    await expect(page).toHaveURL(new RegExp(`/vi/forum/${question.number}$`));
    await expect(page.getByRole("heading", { level: 1, name: f("question.title", { number: question.number }) })).toBeVisible();
    await expect(page.locator("blockquote")).toHaveText(`Nhà tôi muốn làm lại sổ đỏ đất vườn (${stamp}). Gọi cho tôi số *** nhé.`);
    await expect(page.getByText(f("question.askedAnonymous", { commune: "Xã Minh Dân" }))).toBeVisible();
    await expect(page.locator("strong", { hasText: "bộ phận một cửa" })).toBeVisible();
    const html = await page.content();
    expect(html).not.toContain("0912");
    expect(html).not.toContain("Hoàng Văn Páo");
    // The list shows it among answered questions; the site search finds it without accents.
    await page.goto(`/vi/forum?q=${stamp}`);
    await expect(page.getByRole("link", { name: new RegExp(`\\(${stamp}\\)`) })).toBeVisible();
    await page.goto(`/vi/search?q=so+do+dat+vuon+${stamp}`);
    await expect(page.getByRole("link", { name: new RegExp(`\\(${stamp}\\)`) })).toBeVisible();
  });

  test("a cadre of another commune cannot open or answer the question (server refusal)", async ({ browser }) => {
    const commune = await db.adminUnit.findUniqueOrThrow({ where: { slug: "thuong-lam" } });
    await db.user.upsert({
      where: { email: "cadre.thuonglam@demo.local" },
      update: {},
      create: {
        email: "cadre.thuonglam@demo.local",
        name: "Cán bộ Thượng Lâm",
        role: "COMMUNE_CADRE",
        communeId: commune.id,
        passwordHash: await hashPassword("Demo@2026"),
      },
    });
    const page = await resident(browser);
    const stamp = Date.now();
    await ask(page, { body: `Xin hỏi về đất rừng của thôn 2 (${stamp})` });
    const question = await questionOf(await trackingCode(page));

    const other = await staff(browser, "cadre.thuonglam@demo.local");
    await other.goto("/admin/forum");
    await expect(other.getByRole("link", { name: new RegExp(`\\(${stamp}\\)`) })).toHaveCount(0);
    const response = await other.goto(`/admin/forum/${question.id}`);
    expect(response?.status()).toBe(404);
    expect(await db.forumAnswer.count({ where: { questionId: question.id } })).toBe(0);
  });

  test("a rejected question shows its reason only on the tracking page", async ({ browser }) => {
    const page = await resident(browser);
    const stamp = Date.now();
    await ask(page, { body: `Ông trưởng thôn bên cạnh là người xấu (${stamp})` });
    const code = await trackingCode(page);
    const question = await questionOf(code);
    const reason = `Câu hỏi nêu đích danh một người nên không đăng (${stamp}).`;

    const official = await staff(browser, "official@demo.local");
    await official.goto(`/admin/forum/${question.id}`);
    const reject = official.getByRole("form", { name: f("admin.detail.reject") });
    await reject.getByLabel(f("admin.detail.reason")).fill(reason);
    await reject.getByRole("button", { name: f("admin.detail.reject") }).click();
    await expect(official.getByText(f("admin.done.rejected"))).toBeVisible();

    await page.goto(`/vi/forum/track/${code}`);
    await expect(page.locator("[data-state]")).toHaveText(f("states.REJECTED"));
    await expect(page.getByRole("region", { name: f("track.reason") })).toContainText(reason);
    expect((await page.goto(`/vi/forum/${question.number}`))?.status()).toBe(404);
    await page.goto("/vi/forum");
    expect(await page.content()).not.toContain(String(stamp));
  });

  test("the rate limit says so clearly and keeps the text; the honeypot drops a bot without an error page", async ({ browser }) => {
    const page = await resident(browser);
    await ask(page, { body: `Câu hỏi đầu tiên về giống cây trồng (${Date.now()})` });
    await trackingCode(page);
    // As if this address had sent its whole allowance within the hour.
    await db.loginThrottle.updateMany({
      where: { key: { startsWith: "forumAsk:" } },
      data: { failures: 10, lockedUntil: new Date(Date.now() + 30 * 60_000) },
    });
    const body = `Một câu hỏi nữa về giống cây (${Date.now()})`;
    await ask(page, { body });
    await expect(page).toHaveURL(/\/vi\/forum\/ask$/);
    await expect(page.getByRole("status")).toContainText(f("errors.rateLimited", { time: "00:00" }).split(".")[0]!);
    await expect(page.getByLabel(f("ask.body"))).toHaveValue(body);
    expect(await db.forumQuestion.count({ where: { body } })).toBe(0);
    await db.loginThrottle.deleteMany({ where: { key: { startsWith: "forumAsk:" } } });

    // A bot fills every field, the hidden one too: it is thanked, nothing is stored.
    const before = await db.forumQuestion.count();
    await page.goto("/vi/forum/ask");
    await page.getByLabel(f("ask.body")).fill("Bán thuốc giá rẻ, liên hệ ngay hôm nay để nhận ưu đãi");
    await page.getByLabel(f("ask.topic")).selectOption({ label: f("topics.OTHER") });
    await page.getByLabel(f("ask.commune")).selectOption({ label: "Xã Minh Dân" });
    await page.getByLabel(f("ask.consent")).check();
    await page.locator('input[name="website"]').fill("http://spam.example", { force: true });
    const [post] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === "POST"),
      page.getByRole("button", { name: f("ask.submit") }).click(),
    ]);
    expect(post.status()).toBe(200);
    await expect(page.getByRole("status")).toContainText(f("ask.received"));
    expect(await db.forumQuestion.count()).toBe(before);
  });

  test("hostile input is refused or rendered inert, never a server error", async ({ browser }) => {
    const page = await resident(browser);
    // 100 KB of text: refused next to the field, the page works.
    await page.goto("/vi/forum/ask");
    await page.getByLabel(f("ask.body")).fill("ạ".repeat(100_000));
    await page.getByLabel(f("ask.topic")).selectOption({ label: f("topics.OTHER") });
    await page.getByLabel(f("ask.commune")).selectOption({ label: "Xã Minh Dân" });
    await page.getByLabel(f("ask.consent")).check();
    const [post] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === "POST"),
      page.getByRole("button", { name: f("ask.submit") }).click(),
    ]);
    expect(post.status()).toBeLessThan(500);
    await expect(page.getByLabel(f("ask.body"))).toHaveAccessibleDescription(new RegExp(escape(f("errors.questionTooLong").slice(0, 20))));
    // Missing consent: said next to the box, the text kept.
    await ask(page, { body: "Câu hỏi không đánh dấu đồng ý về đất", consent: false });
    await expect(page.getByText(f("errors.consentRequired"))).toBeVisible();
    await expect(page.getByLabel(f("ask.body"))).toHaveValue("Câu hỏi không đánh dấu đồng ý về đất");
    // A script, control characters and a right-to-left override: shown as plain text.
    const stamp = Date.now();
    await ask(page, { body: `<script>document.title='hacked'</script><img src=x onerror=alert(1)> \u202Ehỏi về đất\u0007 (${stamp})` });
    const code = await trackingCode(page);
    const text = await page.locator("blockquote").textContent();
    expect(text).toContain("<script>document.title='hacked'</script>");
    expect(text).not.toContain("\u202E");
    expect(await page.locator("img[src=x]").count()).toBe(0);
    expect(await page.title()).not.toBe("hacked");
    // Odd tracking codes and question numbers are a polite "not found".
    for (const path of [
      `/vi/forum/track/${encodeURIComponent("<script>")}`,
      "/vi/forum/track/AAAAAAAA",
      "/vi/forum/99999999999",
      "/vi/forum/abc",
      "/vi/forum/track?code=%00%01",
    ]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBeLessThan(500);
    }
    await page.goto(`/vi/forum/track?code=${code.toLowerCase().slice(0, 4)}-${code.toLowerCase().slice(4)}`);
    await expect(page).toHaveURL(new RegExp(`/vi/forum/track/${code}$`));
  });

  test("overdue states follow working days and are counted for officials", async ({ browser }) => {
    const commune = await db.adminUnit.findUniqueOrThrow({ where: { slug: "kim-binh" } });
    const stamp = Date.now();
    const old = await db.forumQuestion.create({
      data: {
        trackingCode: newTrackingCode(),
        state: "PUBLISHED",
        topic: "OTHER",
        communeId: commune.id,
        body: `Câu hỏi chờ lâu (${stamp})`,
        publicBody: `Câu hỏi chờ lâu (${stamp})`,
        fingerprint: `cau hoi cho lau ${stamp}`,
        createdAt: new Date(Date.now() - 45 * 24 * 60 * 60 * 1000),
        publishedAt: new Date(Date.now() - 44 * 24 * 60 * 60 * 1000),
      },
    });
    const official = await staff(browser, "official@demo.local");
    await expect(
      official.getByRole("link", { name: new RegExp(escape(t("vi", "admin", "dashboard.counts.forumVeryOverdue"))) }),
    ).toBeVisible();
    await official.goto("/admin/forum?late=veryOverdue");
    const row = official.getByRole("row", { name: new RegExp(`\\(${stamp}\\)`) });
    await expect(row.locator('[data-overdue="veryOverdue"]')).toHaveText(f("overdue.veryOverdue", { days: 20 }));
    await official.goto(`/admin/forum/${old.id}`);
    await expect(official.locator('[data-overdue="veryOverdue"]')).toBeVisible();
  });
});
