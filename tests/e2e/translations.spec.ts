/* eslint-disable max-lines -- one journey (suggest, review, approve, read in the language) across two speakers' sessions */
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
        kind: "POLICY",
        state: "PUBLISHED",
        publishAt: now,
        firstPublishedAt: now,
        authorId: official.id,
        translations: {
          create: {
            locale: "vi",
            title: `Bài thử dịch ${stamp}`,
            slug: `bai-thu-dich-${stamp}`,
            summary: "Tóm tắt bài thử.",
            body: "Đoạn thứ nhất của bài thử.\n\nĐoạn thứ hai.",
          },
        },
      },
    });
  } finally {
    await db.$disconnect();
  }
}

test.describe("[TRANSLATIONS] the committee's speakers translate the portal", () => {
  test("a Tày translator suggests a string and an article with a reading; a second reviewer approves; /tyz shows them; a Vietnamese edit marks the article outdated", async ({
    browser,
    request,
  }) => {
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
    // The home page in Tày lists what can be listened to in Tày: the article with its reading.
    const listen = reader.getByRole("region", {
      name: t("tyz", "common", "home.recordings", { language: t("tyz", "common", "languageNames.tyz") }),
    });
    await expect(listen.getByRole("link", { name: `[TEST tyz] Bài ${stamp}` })).toBeVisible();
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
    await official
      .getByRole("form", { name: "Tiếng Việt", exact: true })
      .getByRole("button", { name: admin("common.save") })
      .click();
    await expect(official.getByText(admin("articles.saved"), { exact: true })).toBeVisible();
    const approvedAt = (await db.contentTranslation.findFirstOrThrow({ where: { entityId: article.id, locale: "tyz" } })).approvedAt!;
    await db.$disconnect();
    await reader.goto(`/tyz/news/${tyz.slug}`);
    const date = new Intl.DateTimeFormat("vi-VN", { dateStyle: "long", timeZone: "Asia/Ho_Chi_Minh" }).format(approvedAt);
    await expect(
      reader.getByText(t("tyz", "common", "fallback.outdated", { language: t("tyz", "common", "languageNames.tyz"), date })),
    ).toBeVisible();

    // Both reads of the Tày page reached the article's read count (the translation queue's
    // order) through the front server's counter, whether the page was stored or rendered.
    const counted = testDb();
    await expect
      .poll(async () => (await counted.articleRead.findUnique({ where: { articleId: article.id } }))?.count ?? 0, { timeout: 15_000 })
      .toBeGreaterThanOrEqual(2);
    await counted.$disconnect();
  });

  test("a product's and a library item's Tày versions play their recorded reading and say when the Vietnamese text changed after", async ({
    browser,
    request,
  }) => {
    test.setTimeout(180_000);
    const stamp = Date.now();
    const db = testDb();
    const product = await db.product.findFirstOrThrow({
      where: { published: true, producer: { published: true }, translations: { none: { locale: "tyz" } } },
      orderBy: { createdAt: "asc" },
    });
    const item = await db.libraryItem.findFirstOrThrow({
      where: { state: "PUBLISHED", access: "PUBLIC", translations: { none: { locale: "tyz" } } },
      orderBy: { createdAt: "asc" },
    });

    // The translator suggests both, each with a reading through the upload form (no JavaScript).
    const translator = await signedIn(browser, "translator.tay@demo.local", { javaScriptEnabled: false });
    for (const [kind, id, first] of [
      ["PRODUCT", product.id, "name"],
      ["LIBRARY_ITEM", item.id, "title"],
    ] as const) {
      await translator.goto(`/admin/translations/content/${kind}/${id}?lang=tyz`);
      await translator.getByLabel(admin(`translations.fields.${first}`)).fill(`[TEST tyz] ${kind} ${stamp}`);
      await translator.getByLabel(admin("translations.fields.description")).fill("[TEST tyz] mô tả");
      await translator.getByRole("button", { name: admin("translations.editor.save") }).click();
      await expect(translator.getByText(admin("translations.saved"), { exact: true })).toBeVisible();
      await translator
        .locator("#recording input[type=file]")
        .setInputFiles({ name: "reading.wav", mimeType: "audio/wav", buffer: silentWav() });
      await translator.getByRole("button", { name: admin("translations.editor.upload") }).click();
      await expect(translator.getByText(admin("translations.editor.recordingSaved"))).toBeVisible();
    }
    const reviewer = await signedIn(browser, "reviewer.tay@demo.local");
    for (const [kind, id] of [
      ["PRODUCT", product.id],
      ["LIBRARY_ITEM", item.id],
    ] as const) {
      await reviewer.goto(`/admin/translations/content/${kind}/${id}?lang=tyz`);
      await reviewer.getByRole("button", { name: admin("translations.approve") }).click();
      await expect(reviewer.getByText(admin("translations.approved"))).toBeVisible();
    }

    // The product in Tày: its name, the reading (Range requests), no outdated note.
    const reader = await (await browser.newContext()).newPage();
    const tyzProduct = await db.productTranslation.findUniqueOrThrow({
      where: { productId_locale: { productId: product.id, locale: "tyz" } },
    });
    await reader.goto(`/tyz/products/${tyzProduct.slug}`);
    await expect(reader.getByRole("heading", { level: 1 })).toHaveText(`[TEST tyz] PRODUCT ${stamp}`);
    const reading = reader.getByRole("region", { name: t("tyz", "common", "reading.listen") });
    const src = await reading.locator("audio source").getAttribute("src");
    const ranged = await request.get(src!, { headers: { range: "bytes=0-99" } });
    expect(ranged.status()).toBe(206);
    const outdatedText = (date: string) =>
      t("tyz", "common", "fallback.outdated", { language: t("tyz", "common", "languageNames.tyz"), date });
    const approvedAt = (await db.contentTranslation.findFirstOrThrow({ where: { entityId: item.id, locale: "tyz" } })).approvedAt!;
    const date = new Intl.DateTimeFormat("vi-VN", { dateStyle: "long", timeZone: "Asia/Ho_Chi_Minh" }).format(approvedAt);
    await expect(reader.getByText(outdatedText(date))).toHaveCount(0);

    // The library item's Vietnamese description changes after the approval: its Tày page says
    // the translation is older (with the approval's date) and still plays the reading.
    await db.libraryItemTranslation.update({
      where: { itemId_locale: { itemId: item.id, locale: "vi" } },
      data: { description: `Mô tả đã sửa ${stamp}` },
    });
    await db.$disconnect();
    await reader.goto(`/tyz/library/${item.id}`);
    await expect(reader.getByRole("heading", { level: 1 })).toHaveText(`[TEST tyz] LIBRARY_ITEM ${stamp}`);
    await expect(reader.getByText(outdatedText(date))).toBeVisible();
    const itemSrc = await reader
      .getByRole("region", { name: t("tyz", "common", "reading.listen") })
      .locator("audio source")
      .getAttribute("src");
    expect((await request.get(itemSrc!, { headers: { range: "bytes=0-99" } })).status()).toBe(206);
  });
});
