/* eslint-disable max-lines -- one journey (write, review, publish, read) whose steps share signed-in pages */
import { expect, test, type Page } from "@playwright/test";
import { slugify } from "@/lib/text/slug";
import { silentMp3 } from "@/prisma/seed/demo-media";
import { escape, expectDashboard, signIn, signedIn, t, testDb } from "./fixtures";

const admin = (key: string, params?: Record<string, unknown>) => t("vi", "admin", key, params);

/** When an author fills in and saves the "new article" form; returns the editor's address. */
async function writeArticle(page: Page, fields: { kind?: string; title: string; summary: string; body: string }) {
  await page.goto("/admin/articles/new");
  if (fields.kind) await page.getByLabel(admin("articles.fields.kind")).selectOption(fields.kind);
  await page.getByRole("textbox", { name: admin("articles.fields.title"), exact: true }).fill(fields.title);
  await page.getByLabel(admin("articles.fields.summary")).fill(fields.summary);
  await page.getByLabel(admin("articles.fields.body")).fill(fields.body);
  await page.getByRole("button", { name: admin("common.save") }).click();
  await expect(page).toHaveURL(/\/admin\/articles\/[^/?]+\?created=1$/);
  return page.url().replace(/\?.*$/, "");
}

/** When a reviewer presses a workflow button (inside its own labelled form). */
async function workflow(page: Page, form: string, fill?: Record<string, string>) {
  const region = page.getByRole("form", { name: admin(`articles.editor.${form}`), exact: true });
  for (const [label, value] of Object.entries(fill ?? {})) await region.getByLabel(admin(label)).fill(value);
  await region.getByRole("button", { name: admin(`articles.editor.${form}`), exact: true }).click();
}

test.describe("[ARTICLES] writing, reviewing and reading articles", () => {
  test("an official publishes a policy article in Vietnamese and English with audio; readers find it everywhere", async ({
    page,
    request,
  }) => {
    const stamp = Date.now();
    const title = `Chính sách hỗ trợ giống cây trồng ${stamp}`;
    const titleEn = `Support with seedlings ${stamp}`;
    await signIn(page, "official@demo.local");
    await expectDashboard(page);
    const editor = await writeArticle(page, {
      kind: "POLICY",
      title,
      summary: "Hộ nghèo được hỗ trợ giống cây.",
      body: "Nhà nước hỗ trợ **giống cây** cho hộ nghèo.",
    });

    // English, in its own tab.
    await page
      .getByRole("navigation", { name: admin("articles.editor.languages") })
      .getByRole("link", { name: /^English/ })
      .click();
    await expect(page).toHaveURL(/lang=en/);
    await page.getByRole("textbox", { name: admin("articles.fields.title"), exact: true }).fill(titleEn);
    await page.getByLabel(admin("articles.fields.summary")).fill("Poor households get seedlings.");
    await page.getByLabel(admin("articles.fields.body")).fill("The State gives **seedlings** to poor households.");
    await page.getByLabel(admin("articles.fields.translator")).fill("Ban Dân tộc");
    await page
      .getByRole("form", { name: "English", exact: true })
      .getByRole("button", { name: admin("common.save") })
      .click();
    await expect(page.getByText(admin("articles.saved"), { exact: true })).toBeVisible();

    // A recording of the Vietnamese text; first a file that only claims to be audio.
    await page.goto(`${editor}?lang=vi`);
    const audioLabel = admin("articles.editor.audio", { language: "Tiếng Việt" });
    const audioForm = page.locator("form", { has: page.getByLabel(audioLabel) });
    await page
      .getByLabel(audioLabel)
      .setInputFiles({ name: "bai-doc.mp3", mimeType: "audio/mpeg", buffer: Buffer.from("<html>not audio</html>") });
    await audioForm.getByRole("button", { name: admin("articles.editor.upload") }).click();
    await expect(page.getByLabel(audioLabel)).toHaveAccessibleDescription(new RegExp(escape(t("vi", "errors", "upload.audioType"))));
    await page.getByLabel(audioLabel).setInputFiles({ name: "bai-doc.mp3", mimeType: "audio/mpeg", buffer: silentMp3(2) });
    await page
      .locator("form", { has: page.getByLabel(audioLabel) })
      .getByRole("button", { name: admin("articles.editor.upload") })
      .click();
    await expect(page.getByText(admin("articles.mediaSaved"), { exact: true })).toBeVisible();

    await workflow(page, "publish");
    await expect(page.getByText(admin("articles.published"), { exact: true })).toBeVisible();

    // Each language's list shows it in that language; Tày readers get Vietnamese and are told so.
    await page.goto("/vi/news");
    await expect(page.getByRole("link", { name: title })).toBeVisible();
    await page.goto("/en/news");
    await expect(page.getByRole("link", { name: titleEn })).toBeVisible();
    await page.goto("/tyz/news");
    await expect(page.getByRole("link", { name: title })).toHaveAttribute("lang", "vi");
    // One compact note per page: while the Tày interface is incomplete, the layout's note says
    // that parts of the page (this list included) are in Vietnamese.
    const pageNote = t("tyz", "common", "fallback.interface", { language: t("tyz", "common", "languageNames.tyz") });
    await expect(page.getByRole("note")).toHaveCount(1);
    await expect(page.getByRole("note")).toHaveText(pageNote);
    await page.getByRole("link", { name: title }).click();
    await expect(page.getByRole("heading", { level: 1, name: title })).toHaveAttribute("lang", "vi");
    await expect(page.getByRole("note")).toHaveCount(1);
    await expect(page.getByRole("note")).toHaveText(pageNote);
    await expect(page.getByRole("link", { name: "English" }).first()).toBeVisible();

    // The recording: its size shown before it loads, Range requests answered 206, and it plays.
    await expect(page.getByText(/MP3, \d/)).toBeVisible();
    const src = await page.locator("audio source").getAttribute("src");
    expect(src).toMatch(/^\/media\/audio\/.+\.mp3$/);
    const partial = await request.get(src!, { headers: { range: "bytes=0-99" } });
    expect(partial.status()).toBe(206);
    expect(partial.headers()["content-range"]).toMatch(/^bytes 0-99\/\d+$/);
    expect(partial.headers()["content-type"]).toBe("audio/mpeg");
    expect((await partial.body()).length).toBe(100);
    const played = await page.locator("audio").evaluate(async (audio: HTMLAudioElement) => {
      audio.muted = true;
      await audio.play();
      await new Promise((resolve) => setTimeout(resolve, 700));
      return audio.currentTime;
    });
    expect(played).toBeGreaterThan(0);

    // Search without accents, and the feeds.
    await page.goto(`/vi/search?q=${encodeURIComponent(`chinh sach ho tro giong cay trong ${stamp}`)}`);
    await expect(page.getByRole("link", { name: title })).toBeVisible();
    await expect(page.locator("mark").first()).toBeVisible();
    const feed = await (await request.get("/vi/news/feed.xml")).text();
    expect(feed).toContain('<rss version="2.0"');
    expect(feed).toContain(title);
    expect(await (await request.get("/en/news/feed.xml")).text()).toContain(titleEn);
  });

  test("bad input is explained next to the field and what was typed is kept", async ({ page }) => {
    await signIn(page, "official@demo.local");
    await expectDashboard(page);
    await page.goto("/admin/articles/new");
    await page.getByLabel(admin("articles.fields.summary")).fill("Tóm tắt đã gõ");
    await page.getByLabel(admin("articles.fields.slug")).fill("chinh-sach-ho-tro-ho-ngheo-lam-nha-o"); // a demo article's
    await page.getByRole("button", { name: admin("common.save") }).click();
    await expect(page.getByRole("textbox", { name: admin("articles.fields.title"), exact: true })).toHaveAccessibleDescription(
      t("vi", "errors", "article.titleRequired"),
    );
    await expect(page.getByLabel(admin("articles.fields.summary"))).toHaveValue("Tóm tắt đã gõ");
    await page.getByRole("textbox", { name: admin("articles.fields.title"), exact: true }).fill("Tiêu đề thử");
    await page.getByLabel(admin("articles.fields.body")).fill("Nội dung");
    await page.getByRole("button", { name: admin("common.save") }).click();
    await expect(page.getByLabel(admin("articles.fields.slug"))).toHaveAccessibleDescription(
      new RegExp(escape(t("vi", "errors", "article.slugTaken"))),
    );
    await expect(page.getByRole("textbox", { name: admin("articles.fields.title"), exact: true })).toHaveValue("Tiêu đề thử");
  });

  test("a cadre posts commune news, an official approves it, it shows on the commune page", async ({ browser }) => {
    const title = `Thôn 2 xã Minh Dân sửa xong đường ${Date.now()}`;
    const cadre = await signedIn(browser, "cadre.minhdan@demo.local");
    await cadre.goto("/admin/articles/new");
    await expect(cadre.getByLabel(admin("articles.fields.kind")).locator("option")).toHaveCount(1);
    const editor = await writeArticle(cadre, { title, summary: "Bà con đi lại dễ hơn.", body: "Đường đã sửa xong." });
    await workflow(cadre, "submit");
    await expect(cadre.getByText(admin("articles.submitted"), { exact: true })).toBeVisible();
    await expect(cadre.getByText(admin("articles.editor.lockedNote"))).toBeVisible();

    const official = await signedIn(browser, "official@demo.local");
    await official.goto("/admin/articles?state=IN_REVIEW");
    await official.getByRole("link", { name: title }).click();
    await expect(official).toHaveURL(editor);
    await workflow(official, "publish");
    await expect(official.getByText(admin("articles.published"), { exact: true })).toBeVisible();

    await official.goto("/vi/communes/minh-dan");
    await expect(official.getByRole("heading", { level: 2, name: t("vi", "articles", "commune.updates") })).toBeVisible();
    await expect(official.getByRole("link", { name: title })).toBeVisible();
  });

  test("a cadre's crafted request to publish a policy article is refused", async ({ browser }) => {
    const db = testDb();
    const official = await db.user.findUniqueOrThrow({ where: { email: "official@demo.local" } });
    const title = `Bài chính sách nháp ${Date.now()}`;
    const article = await db.article.create({
      data: {
        kind: "POLICY",
        authorId: official.id,
        translations: { create: { locale: "vi", title, slug: slugify(title), summary: "S", body: "B" } },
      },
    });
    // The publish form as an official's browser sends it without JavaScript (the action's fields).
    const reviewer = await signedIn(browser, "official@demo.local", { javaScriptEnabled: false });
    await reviewer.goto(`/admin/articles/${article.id}`);
    const fields = await reviewer
      .getByRole("form", { name: admin("articles.editor.publish"), exact: true })
      .evaluate((form: HTMLFormElement) =>
        Object.fromEntries([...new FormData(form).entries()].map(([key, value]) => [key, String(value)])),
      );
    const cadre = await signedIn(browser, "cadre.minhdan@demo.local");
    const response = await cadre.request.post(`/admin/articles/${article.id}`, {
      multipart: fields,
      headers: { origin: new URL(cadre.url()).origin },
    });
    expect(response.status()).toBeLessThan(500);
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).state).toBe("DRAFT");
    expect(await db.auditLog.count({ where: { entityId: article.id } })).toBe(0);
    // The same fields from the official do publish: the request itself was well formed.
    await reviewer.request.post(`/admin/articles/${article.id}`, { multipart: fields, headers: { origin: new URL(cadre.url()).origin } });
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).state).toBe("PUBLISHED");
    await db.$disconnect();
  });

  test("a body with script, onerror and javascript: links renders inert", async ({ page }) => {
    const db = testDb();
    const title = `Bài có mã độc ${Date.now()}`;
    await db.article.create({
      data: {
        kind: "LAW",
        state: "PUBLISHED",
        publishAt: new Date(Date.now() - 60_000),
        firstPublishedAt: new Date(Date.now() - 60_000),
        translations: {
          create: {
            locale: "vi",
            title,
            slug: slugify(title),
            summary: "Thử",
            body: 'Đoạn đầu.\n\n<script>window.__pwned = 1</script>\n\n<img src="x" onerror="window.__pwned = 2">\n\n[Bấm vào đây](javascript:window.__pwned=3)\n\n<a href="javascript:window.__pwned=4">liên kết</a>',
          },
        },
      },
    });
    await db.$disconnect();
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => dialogs.push(dialog.message()));
    await page.goto(`/vi/law/${slugify(title)}`);
    await expect(page.getByText("Đoạn đầu.")).toBeVisible();
    const body = page.locator(".article-body");
    await expect(body.locator("script, img, [onerror]")).toHaveCount(0);
    await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);
    await body.getByText("Bấm vào đây").click();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
  });

  test("a withdrawn article leaves the lists and shows its reason; a deleted one answers 410", async ({ page, request }) => {
    const db = testDb();
    const title = `Hướng dẫn sẽ bị rút ${Date.now()}`;
    const article = await db.article.create({
      data: {
        kind: "POLICY",
        translations: { create: { locale: "vi", title, slug: slugify(title), summary: "Tóm tắt", body: "Nội dung" } },
      },
    });
    await db.$disconnect();
    await signIn(page, "official@demo.local");
    await expectDashboard(page);
    await page.goto(`/admin/articles/${article.id}`);
    await workflow(page, "publish");
    await expect(page.getByText(admin("articles.published"), { exact: true })).toBeVisible();
    await page.goto("/vi/news");
    await expect(page.getByRole("link", { name: title })).toBeVisible();
    // Read once, so that the front server and Next.js (app/(stored)) both keep it: the
    // withdrawal and the deletion must reach both.
    await page.goto(`/vi/news/${slugify(title)}`);
    await expect(page.getByRole("heading", { name: title, level: 1 })).toBeVisible();

    await page.goto(`/admin/articles/${article.id}`);
    await workflow(page, "withdraw", { "articles.fields.reason": "Quy định đã thay đổi." });
    await expect(page.getByText(admin("articles.withdrawn"), { exact: true })).toBeVisible();

    await page.goto("/vi/news");
    await expect(page.getByRole("link", { name: title })).toHaveCount(0);
    await page.goto(`/vi/news/${slugify(title)}`);
    await expect(page.getByRole("heading", { name: t("vi", "articles", "article.withdrawnTitle") })).toBeVisible();
    await expect(page.getByText("Quy định đã thay đổi.")).toBeVisible();

    await page.goto(`/admin/articles/${article.id}`);
    await workflow(page, "delete");
    await expect(page).toHaveURL(/\/admin\/articles\?deleted=1$/);
    const gone = await request.get(`/vi/news/${slugify(title)}`);
    expect(gone.status()).toBe(410);
    expect(await gone.text()).toContain(t("vi", "articles", "article.goneTitle"));
  });
});
