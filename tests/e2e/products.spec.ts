/* eslint-disable max-lines -- one journey (producer, product, photos, public showcase) whose steps share signed-in pages */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { addMonths } from "@/lib/products/rating";
import { demoPicture } from "@/prisma/seed/demo-media";
import { escape, expectDashboard, signIn, signedIn, t, testDb } from "./fixtures";

const p = (key: string, params?: Record<string, unknown>) => t("vi", "products", key, params);
const admin = (key: string, params?: Record<string, unknown>) => t("vi", "admin", key, params);

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

/** When the publish button of an editor is pressed (its own small form). */
async function publish(page: Page) {
  await page
    .getByRole("form", { name: p("admin.editor.publish"), exact: true })
    .getByRole("button", { name: p("admin.editor.publish"), exact: true })
    .click();
  await expect(page.getByText(p("admin.published"), { exact: true })).toBeVisible();
}

/** A calendar day `months` months ago, as a date field takes it. */
const monthsAgo = (months: number) => addMonths(new Date(), -months).toISOString().slice(0, 10);

test.describe("[PRODUCTS] the product showcase", () => {
  test("an official adds a producer and a product in Vietnamese and English with three photos; buyers find and reach it", async ({
    page,
  }) => {
    const stamp = Date.now();
    const producerName = `Tổ hợp tác đan lát ${stamp}`;
    const name = `Giỏ tre đan tay ${stamp}`;
    const nameEn = `Hand-woven bamboo basket ${stamp}`;
    await signIn(page, "official@demo.local");
    await expectDashboard(page);

    // The producer, with a phone number written the international way.
    await page.goto("/admin/producers/new");
    await page.getByLabel(p("admin.producerFields.name")).fill(producerName);
    await page.getByLabel(p("admin.producerFields.kind")).selectOption("ARTISAN_GROUP");
    await page.getByLabel(p("admin.producerFields.commune")).selectOption({ label: "Xã Hồng Quang" });
    await page.getByLabel(p("admin.producerFields.phone")).fill("+84 912 345 678");
    await page.getByLabel(p("admin.producerFields.latitude")).fill("21,84");
    await page.getByLabel(p("admin.producerFields.longitude")).fill("105.11");
    await page.getByRole("button", { name: admin("common.save") }).click();
    await expect(page).toHaveURL(/\/admin\/producers\/[^/?]+\?created=1$/);
    await expect(page.getByLabel(p("admin.producerFields.phone"))).toHaveValue("0912 345 678");
    await publish(page);

    // The product: a bad price range is explained and what was typed is kept.
    await page.goto("/admin/products/new");
    await page.getByLabel(p("admin.fields.producer")).selectOption({ label: `${producerName} · Xã Hồng Quang` });
    await page.getByLabel(p("admin.fields.category")).selectOption("HANDICRAFT");
    await page.getByLabel(p("admin.fields.priceMin")).fill("250.000");
    await page.getByLabel(p("admin.fields.priceMax")).fill("120.000");
    await page.getByRole("textbox", { name: p("admin.fields.name"), exact: true }).fill(name);
    await page.getByLabel(p("admin.fields.description")).fill("Giỏ đan bằng tre, bền và nhẹ.");
    await page.getByRole("button", { name: admin("common.save") }).click();
    await expect(page.getByLabel(p("admin.fields.priceMax"))).toHaveAccessibleDescription(p("errors.product.priceRange"));
    await expect(page.getByRole("textbox", { name: p("admin.fields.name"), exact: true })).toHaveValue(name);
    await page.getByLabel(p("admin.fields.priceMax")).fill("300.000");
    await page.getByRole("button", { name: admin("common.save") }).click();
    await expect(page).toHaveURL(/\/admin\/products\/[^/?]+\?created=1$/);
    const editor = page.url().replace(/\?.*$/, "");

    // English, in its own tab.
    await page
      .getByRole("navigation", { name: p("admin.editor.languages") })
      .getByRole("link", { name: /^English/ })
      .click();
    await expect(page).toHaveURL(/lang=en/);
    await page.getByRole("textbox", { name: p("admin.fields.name"), exact: true }).fill(nameEn);
    await page.getByLabel(p("admin.fields.description")).fill("A basket woven from bamboo, strong and light.");
    await page
      .getByRole("form", { name: "English", exact: true })
      .getByRole("button", { name: admin("common.save") })
      .click();
    await expect(page.getByText(p("admin.saved"), { exact: true })).toBeVisible();

    // Photos: a file that only claims to be an image is refused, then three real ones at once.
    const upload = page.getByLabel(p("admin.photos.upload"));
    await upload.setInputFiles({ name: "anh.jpg", mimeType: "image/jpeg", buffer: Buffer.from("this is a text file, not a picture") });
    await page.getByRole("button", { name: p("admin.photos.submit") }).click();
    await expect(page.getByLabel(p("admin.photos.upload"))).toHaveAccessibleDescription(
      new RegExp(escape(t("vi", "errors", "upload.imageType"))),
    );
    await expect(page.getByText(p("admin.photos.file", { name: "anh.jpg" }))).toBeVisible();
    const pictures = await Promise.all(
      [
        ["#9fd3a8", "#2f6b3a"],
        ["#ffd08a", "#d9822b"],
        ["#c9b6e4", "#5b3a8c"],
      ].map(([a, b]) => demoPicture(a!, b!, 800, 600)),
    );
    await page
      .getByLabel(p("admin.photos.upload"))
      .setInputFiles(pictures.map((buffer, index) => ({ name: `gio-${index + 1}.jpg`, mimeType: "image/jpeg", buffer })));
    await page.getByRole("button", { name: p("admin.photos.submit") }).click();
    await expect(page.getByText(admin("articles.mediaSaved"), { exact: true })).toBeVisible();
    await expect(page.getByRole("listitem", { name: /^Ảnh \d$/ })).toHaveCount(3);
    // The third becomes the cover.
    await expect(
      page.getByRole("listitem", { name: p("admin.photos.photo", { number: 1 }) }).getByText(p("admin.photos.cover"), { exact: true }),
    ).toBeVisible();
    await page.getByRole("button", { name: p("admin.photos.makeCover", { number: 3 }) }).click();
    await expect(
      page.getByRole("listitem", { name: p("admin.photos.photo", { number: 3 }) }).getByText(p("admin.photos.cover"), { exact: true }),
    ).toBeVisible();
    await expect(
      page.getByRole("listitem", { name: p("admin.photos.photo", { number: 1 }) }).getByText(p("admin.photos.cover"), { exact: true }),
    ).toHaveCount(0);

    await publish(page);

    // Both languages' lists show it in their language; filters by category and commune find it.
    await page.goto("/vi/products");
    await expect(page.getByRole("link", { name })).toBeVisible();
    await page.goto("/en/products");
    await expect(page.getByRole("link", { name: nameEn })).toBeVisible();
    const filters = page.getByRole("form", { name: t("en", "products", "list.filters") });
    await filters.getByLabel(t("en", "products", "list.category")).selectOption("HANDICRAFT");
    await filters.getByLabel(t("en", "products", "list.commune")).selectOption({ label: "Xã Hồng Quang" });
    await filters.getByRole("button", { name: t("en", "products", "list.apply") }).click();
    await expect(page).toHaveURL(/category=HANDICRAFT/);
    await expect(page).toHaveURL(/commune=hong-quang/);
    await expect(page.getByRole("link", { name: nameEn })).toBeVisible();
    await page.goto("/en/products?category=FOOD&commune=hong-quang");
    await expect(page.getByRole("link", { name: nameEn })).toHaveCount(0);

    // The page: photos with their sizes, price range, how to buy, structured data.
    await page.goto("/en/products?category=HANDICRAFT&commune=hong-quang");
    await page.getByRole("link", { name: nameEn }).click();
    await expect(page.getByRole("heading", { level: 1, name: nameEn })).toBeVisible();
    await expect(page.getByRole("region", { name: t("en", "products", "detail.photos") }).locator("img")).toHaveCount(3);
    await expect(page.getByText(/Photo \d+(\.\d)? KB/).first()).toBeVisible();
    const call = page.getByRole("link", { name: t("en", "products", "buy.call", { phone: "0912 345 678" }) });
    await expect(call).toHaveAttribute("href", "tel:+84912345678");
    await expect(page.getByRole("link", { name: t("en", "products", "buy.zalo") })).toHaveAttribute("href", "https://zalo.me/0912345678");
    await expect(page.getByRole("link", { name: t("en", "products", "buy.directions") })).toHaveAttribute(
      "href",
      /destination=21\.84,105\.11/,
    );
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
    expect(jsonLd).toMatchObject({
      "@type": "Product",
      name: nameEn,
      brand: { name: producerName },
      offers: { "@type": "AggregateOffer", lowPrice: 250_000, highPrice: 300_000, priceCurrency: "VND" },
    });
    await expect(page.getByRole("link", { name: t("en", "articles", "article.shareFacebook") })).toBeVisible();

    // A 4-star rating recognised 37 months ago shows as expired, without anyone changing it.
    await page.goto(editor);
    const settings = page.getByRole("form", { name: p("admin.editor.settings") });
    await settings.getByLabel(p("admin.fields.stars")).selectOption("4");
    await settings.getByLabel(p("admin.fields.decision")).fill("DEMO-999/QĐ-UBND");
    await settings.getByLabel(p("admin.fields.decisionDate")).fill(monthsAgo(37));
    await settings.getByRole("button", { name: admin("common.save") }).click();
    await expect(page.getByText(p("admin.saved"), { exact: true })).toBeVisible();
    await page.goto("/vi/products?category=HANDICRAFT&commune=hong-quang");
    const card = page.getByRole("listitem").filter({ has: page.getByRole("link", { name }) });
    await expect(card.getByText(p("rating.expired"))).toBeVisible();
    await expect(card.getByText(p("rating.stars", { count: 4 }))).toHaveCount(0);

    // The commune page lists the producer and the product; the site search finds it without accents.
    await page.goto("/vi/communes/hong-quang");
    await expect(page.getByRole("link", { name: producerName })).toBeVisible();
    await expect(page.getByRole("link", { name })).toBeVisible();
    await page.goto(`/vi/search?q=${encodeURIComponent(`gio tre dan tay ${stamp}`)}`);
    await expect(page.getByRole("link", { name })).toBeVisible();
  });

  test("future decision dates and stars outside 3–5 are refused next to the field", async ({ page }) => {
    await signIn(page, "official@demo.local");
    await expectDashboard(page);
    await page.goto("/admin/products?q=Chè Shan tuyết Minh Dân");
    await page.getByRole("link", { name: "Chè Shan tuyết Minh Dân" }).click();
    const settings = page.getByRole("form", { name: p("admin.editor.settings") });
    await settings.getByLabel(p("admin.fields.decisionDate")).fill(addMonths(new Date(), 2).toISOString().slice(0, 10));
    await settings.getByRole("button", { name: admin("common.save") }).click();
    await expect(settings.getByLabel(p("admin.fields.decisionDate"))).toHaveAccessibleDescription(
      new RegExp(escape(p("errors.product.dateInFuture"))),
    );
  });

  test("a cadre edits a product of their commune and is refused on another commune's, even with a crafted request", async ({ browser }) => {
    const db = testDb();
    const stamp = Date.now();
    const commune = (slug: string) => db.adminUnit.findUniqueOrThrow({ where: { slug } });
    const make = async (communeSlug: string, name: string) => {
      const producer = await db.producer.create({
        data: {
          slug: `e2e-${communeSlug}-${stamp}`,
          name: `Chủ thể ${name}`,
          kind: "HOUSEHOLD",
          communeId: (await commune(communeSlug)).id,
          published: true,
        },
      });
      return db.product.create({
        data: {
          producerId: producer.id,
          category: "FOOD",
          published: true,
          publishedAt: new Date(),
          translations: { create: { locale: "vi", name, slug: `e2e-${communeSlug}-${stamp}`, description: "Mô tả" } },
        },
      });
    };
    const ownName = `Bánh chưng đen ${stamp}`;
    const otherName = `Gạo nếp nương ${stamp}`;
    const own = await make("minh-dan", ownName);
    const other = await make("thuong-lam", otherName);

    const cadre = await signedIn(browser, "cadre.minhdan@demo.local");
    await cadre.goto("/admin/products");
    await expect(cadre.getByRole("link", { name: ownName })).toBeVisible();
    await expect(cadre.getByRole("link", { name: otherName })).toHaveCount(0);
    await cadre.getByRole("link", { name: ownName }).click();
    await cadre
      .getByRole("navigation", { name: p("admin.editor.languages") })
      .getByRole("link", { name: /^English/ })
      .click();
    await cadre.getByRole("textbox", { name: p("admin.fields.name"), exact: true }).fill(`Black sticky rice cake ${stamp}`);
    await cadre.getByLabel(p("admin.fields.description")).fill("A rice cake.");
    await cadre
      .getByRole("form", { name: "English", exact: true })
      .getByRole("button", { name: admin("common.save") })
      .click();
    await expect(cadre.getByText(p("admin.saved"), { exact: true })).toBeVisible();
    expect(await db.productTranslation.count({ where: { productId: own.id, locale: "en" } })).toBe(1);

    // Another commune's product: no editor, and a crafted request with its id changes nothing.
    const response = await cadre.goto(`/admin/products/${other.id}`);
    expect(response?.status()).toBe(404);
    const noJs = await signedIn(browser, "cadre.minhdan@demo.local", { javaScriptEnabled: false });
    await noJs.goto(`/admin/products/${own.id}?lang=en`);
    const fields = await noJs
      .getByRole("form", { name: "English", exact: true })
      .evaluate((form: HTMLFormElement) =>
        Object.fromEntries([...new FormData(form).entries()].map(([key, value]) => [key, String(value)])),
      );
    const crafted = await noJs.request.post(`/admin/products/${own.id}`, {
      multipart: { ...fields, productId: other.id, name: "Đã bị sửa", description: "Đã bị sửa" },
      headers: { origin: new URL(noJs.url()).origin },
    });
    expect(crafted.status()).toBeLessThan(500);
    expect(await db.productTranslation.count({ where: { productId: other.id, locale: "en" } })).toBe(0);
    expect(await db.auditLog.count({ where: { entityId: other.id } })).toBe(0);
    // Uploading photos to it is refused too.
    const photo = await noJs.request.post(`/api/products/${other.id}/photos`, {
      multipart: { file: { name: "a.jpg", mimeType: "image/jpeg", buffer: await demoPicture("#fff", "#000", 320, 240) } },
      headers: { origin: new URL(noJs.url()).origin },
      maxRedirects: 0,
    });
    expect(photo.status()).toBe(403);
    expect(await db.showcasePhoto.count({ where: { productId: other.id } })).toBe(0);
    await db.$disconnect();
  });

  test("the grid's filters work without JavaScript; an expired rating does not count as stars", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/vi/products");
    const filters = page.getByRole("form", { name: p("list.filters") });
    await filters.getByLabel(p("list.stars")).selectOption("4");
    await filters.getByRole("button", { name: p("list.apply") }).click();
    await expect(page).toHaveURL(/stars=4/);
    await expect(page.getByRole("link", { name: "Chè Shan tuyết Minh Dân" })).toBeVisible();
    // The demo honey's 4-star rating has expired: the 4-star filter does not list it, its page says so.
    await expect(page.getByRole("link", { name: "Mật ong hoa rừng Yên Thuận" })).toHaveCount(0);
    await page.goto("/vi/products/mat-ong-hoa-rung-yen-thuan");
    await expect(page.getByText(p("rating.expired")).first()).toBeVisible();
    await expect(page.locator("img").first()).toBeVisible();
    await context.close();
  });

  test("no serious accessibility problems on the grid, a product, a producer and the editor", async ({ page }) => {
    await page.goto("/vi/products");
    await expectNoSeriousViolations(page);
    await page.goto("/en/products/minh-dan-shan-tuyet-tea");
    await expect(page.getByRole("heading", { level: 1, name: "Minh Dan Shan tuyet tea" })).toBeVisible();
    await expectNoSeriousViolations(page);
    await page.goto("/vi/producers/hop-tac-xa-che-shan-tuyet-minh-dan");
    await expect(page.getByRole("link", { name: "Chè Shan tuyết Minh Dân" })).toBeVisible();
    await expectNoSeriousViolations(page);
    await signIn(page, "official@demo.local");
    await expectDashboard(page);
    await page.goto("/admin/products?missing=en");
    await expect(page.getByRole("link", { name: "Sáp ong nguyên chất" })).toBeVisible();
    await expectNoSeriousViolations(page);
    await page.getByRole("link", { name: "Sáp ong nguyên chất" }).click();
    await expectNoSeriousViolations(page);
  });
});
