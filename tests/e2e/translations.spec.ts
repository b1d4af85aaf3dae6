import { expect, test, type Browser } from "@playwright/test";
import { expectDashboard, signIn, t, testDb } from "./fixtures";

// Every minority-language text below is a clearly marked test string ("[TEST tyz] …") in the
// test database: nothing here is, or pretends to be, Tày.

const admin = (key: string, params?: Record<string, unknown>) => t("vi", "admin", key, params);
const errors = (key: string, params?: Record<string, unknown>) => t("vi", "errors", key, params);

/** A short silent WAV file, as a recorder would produce (mono, 8 kHz, 16-bit). */
function silentWav(seconds = 1): Buffer {
  const samples = 8000 * seconds;
  const data = Buffer.alloc(samples * 2);
  const header = Buffer.alloc(44);
  header.write("RIFF", 0);
  header.writeUInt32LE(36 + data.length, 4);
  header.write("WAVE", 8);
  header.write("fmt ", 12);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(8000, 24);
  header.writeUInt32LE(16000, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write("data", 36);
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}

async function signedIn(browser: Browser, email: string, options: { javaScriptEnabled?: boolean } = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await signIn(page, email);
  await expectDashboard(page);
  return page;
}

/** Given a published article (Vietnamese only), made directly in the test database. */
async function publishedArticle(stamp: number) {
  const db = testDb();
  try {
    const official = await db.user.findUniqueOrThrow({ where: { email: "official@demo.local" } });
    const now = new Date(Date.now() - 120_000);
    return await db.article.create({
      data: {
        kind: "POLICY", state: "PUBLISHED", publishAt: now, firstPublishedAt: now, authorId: official.id,
        translations: { create: { locale: "vi", title: `Bài thử dịch ${stamp}`, slug: `bai-thu-dich-${stamp}`, summary: "Tóm tắt bài thử.", body: "Đoạn thứ nhất của bài thử.\n\nĐoạn thứ hai." } },
      },
    });
  } finally {
    await db.$disconnect();
  }
}

test.describe("[TRANSLATIONS] the committee's speakers translate the portal", () => {
  test("a Tày translator suggests a string and an article with a reading; a second reviewer approves; /tyz shows them; a Vietnamese edit marks the article outdated", async ({ browser, request }) => {
    test.setTimeout(180_000);
    const stamp = Date.now();
    const article = await publishedArticle(stamp);
    const tyzLead = `[TEST tyz] dòng giới thiệu ${stamp}`;

    // The translator: a suggestion that drops {{count}} is refused next to the field.
    const translator = await signedIn(browser, "translator.tay@demo.local", { javaScriptEnabled: false });
    await translator.goto("/admin/translations?lang=tyz&key=common:communes.villageCount_other#editor");
    const field = translator.getByLabel(admin("translations.yourTranslation", { language: "Tày" }));
    await field.fill("[TEST tyz] thôn bản");
    await translator.getByRole("button", { name: admin("translations.suggestNext") }).click();
    const refusal = errors("translations.placeholderMissing", { names: "{{count}}" });
    await expect(translator.getByText(refusal)).toBeVisible();
    await expect(translator.getByLabel(admin("translations.yourTranslation", { language: "Tày" }))).toHaveAttribute("aria-invalid", "true");

    // A string shown on the home page.
    await translator.goto("/admin/translations?lang=tyz&key=common:home.lead#editor");
    await translator.getByLabel(admin("translations.yourTranslation", { language: "Tày" })).fill(tyzLead);
    await translator.getByRole("button", { name: admin("translations.suggestNext") }).click();
    await expect(translator.getByText(admin("translations.savedKey", { key: "common:home.lead" }))).toBeVisible();
    // The author sees no approve button for their own suggestion.
    await translator.goto("/admin/translations?lang=tyz&key=common:home.lead#editor");
    await expect(translator.getByRole("button", { name: admin("translations.approve") })).toHaveCount(0);

    // The article, side by side, with a recorded reading through the upload form (no JavaScript).
    await translator.goto(`/admin/translations/content/ARTICLE/${article.id}?lang=tyz`);
    await translator.getByLabel(admin("translations.fields.title")).fill(`[TEST tyz] Bài ${stamp}`);
    await translator.getByLabel(admin("translations.fields.summary")).fill("[TEST tyz] tóm tắt");
    await translator.getByLabel(admin("translations.fields.body")).fill("[TEST tyz] đoạn một\n\n[TEST tyz] đoạn hai");
    await translator.getByRole("button", { name: admin("translations.editor.save") }).click();
    await expect(translator.getByText(admin("translations.saved"), { exact: true })).toBeVisible();
    await translator.locator("#recording input[type=file]").setInputFiles({ name: "doc.wav", mimeType: "audio/wav", buffer: silentWav() });
    await translator.getByRole("button", { name: admin("translations.editor.upload") }).click();
    await expect(translator.getByText(admin("translations.editor.recordingSaved"))).toBeVisible();

    // A second Tày speaker reviews both.
    const reviewer = await signedIn(browser, "reviewer.tay@demo.local");
    await reviewer.goto("/admin/translations?lang=tyz&key=common:home.lead#editor");
    await reviewer.getByRole("button", { name: admin("translations.approve") }).click();
    await expect(reviewer.getByText(admin("translations.approved"))).toBeVisible();
    await reviewer.goto(`/admin/translations/content/ARTICLE/${article.id}?lang=tyz`);
    await reviewer.getByRole("button", { name: admin("translations.approve") }).click();
    await expect(reviewer.getByText(admin("translations.approved"))).toBeVisible();

    // The public site in Tày: the string, the article in Tày with its reading.
    const reader = await (await browser.newContext()).newPage();
    await reader.goto("/tyz");
    await expect(reader.getByText(tyzLead)).toBeVisible();
    const db = testDb();
    const tyz = await db.articleTranslation.findUniqueOrThrow({ where: { articleId_locale: { articleId: article.id, locale: "tyz" } } });
    await reader.goto(`/tyz/news/${tyz.slug}`);
    await expect(reader.getByRole("heading", { level: 1 })).toHaveText(`[TEST tyz] Bài ${stamp}`);
    await expect(reader.getByRole("heading", { level: 1 })).toHaveAttribute("lang", "tyz");
    const contentNote = t("tyz", "common", "fallback.content", { language: t("tyz", "common", "languageNames.tyz") });
    await expect(reader.getByText(contentNote)).toHaveCount(0);
    // One compact note at most (the interface's, while most of it is still Vietnamese).
    expect(await reader.getByRole("note").count()).toBeLessThanOrEqual(1);
    const src = await reader.locator("audio source").first().getAttribute("src");
    expect(src).toBeTruthy();
    const ranged = await request.get(src!, { headers: { range: "bytes=0-99" } });
    expect(ranged.status()).toBe(206);
    expect((await ranged.body()).length).toBe(100);

    // An official edits the Vietnamese text: the Tày page says its translation is older.
    const official = await signedIn(browser, "official@demo.local");
    await official.goto(`/admin/articles/${article.id}?lang=vi`);
    await official.getByLabel(admin("articles.fields.body")).fill("Đoạn thứ nhất đã sửa.\n\nĐoạn thứ hai.");
    await official.getByRole("form", { name: "Tiếng Việt", exact: true }).getByRole("button", { name: admin("common.save") }).click();
    await expect(official.getByText(admin("articles.saved"), { exact: true })).toBeVisible();
    const approvedAt = (await db.contentTranslation.findFirstOrThrow({ where: { entityId: article.id, locale: "tyz" } })).approvedAt!;
    await db.$disconnect();
    await reader.goto(`/tyz/news/${tyz.slug}`);
    const date = new Intl.DateTimeFormat("vi-VN", { dateStyle: "long", timeZone: "Asia/Ho_Chi_Minh" }).format(approvedAt);
    await expect(reader.getByText(t("tyz", "common", "fallback.outdated", { language: t("tyz", "common", "languageNames.tyz"), date }))).toBeVisible();
  });
});
