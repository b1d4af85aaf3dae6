import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { toneWav } from "@/prisma/seed/demo-media";
import { expectDashboard, signIn, t, testDb } from "./fixtures";

const admin = (key: string, params?: Record<string, unknown>) => t("vi", "admin", key, params);
const lib = (key: string, params?: Record<string, unknown>) => t("vi", "library", key, params);
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const mediaRoot = path.resolve(process.env.MEDIA_DIR ?? ".data/uploads");

/** Every stored file under the media root (to see that a refused upload left nothing). */
function storedFiles(): string[] {
  if (!fs.existsSync(mediaRoot)) return [];
  return (fs.readdirSync(mediaRoot, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((d) => d.isFile())
    .map((d) => path.join(d.parentPath, d.name))
    .sort();
}

async function newItem(
  page: Page,
  input: { title: string; type: string; languages: string[]; transcript?: string; access?: "COMMUNITY"; note?: string },
) {
  await page.goto("/admin/library/new");
  await page.getByRole("textbox", { name: admin("library.fields.title"), exact: true }).fill(input.title);
  await page.getByLabel(admin("library.fields.description")).fill("Bản ghi thử nghiệm của kiểm thử tự động.");
  await page.getByLabel(admin("library.fields.type")).selectOption(input.type);
  await page.getByLabel(admin("library.fields.topic")).selectOption("LANGUAGE");
  const languages = page.getByRole("group", { name: admin("library.fields.itemLanguages") });
  for (const code of input.languages) await languages.getByRole("checkbox", { name: lib(`languages.${code}`), exact: true }).check();
  if (input.access) {
    await page.getByLabel(admin("library.fields.access")).selectOption(input.access);
    await page.getByLabel(admin("library.fields.accessNote")).fill(input.note ?? "");
  }
  if (input.transcript) await page.getByLabel(admin("library.fields.transcript")).fill(input.transcript);
  await page.getByRole("button", { name: admin("common.save") }).click();
  await expect(page.getByText(admin("library.created"), { exact: true })).toBeVisible();
  return new URL(page.url()).pathname;
}

test.describe("[LIBRARY] the e-library", () => {
  test("an official uploads a Tày recording with a Vietnamese transcript and publishes it; readers find it and play it with Range", async ({
    page,
    request,
  }) => {
    const stamp = Date.now();
    const title = `Bài hát ru tiếng Tày ${stamp}`;
    await signIn(page, "official@demo.local");
    await expectDashboard(page);
    const editor = await newItem(page, { title, type: "AUDIO", languages: ["tyz"], transcript: `Lời ghi lại bằng tiếng Việt ${stamp}` });

    const label = admin("library.editor.uploadLabel");
    await page.getByLabel(label).setInputFiles({ name: "ru.wav", mimeType: "audio/wav", buffer: toneWav(3) });
    await page.getByRole("button", { name: admin("library.editor.upload") }).click();
    await expect(page.getByText(admin("library.fileSaved"), { exact: true })).toBeVisible();
    await expect(page.getByLabel(admin("library.fields.duration"))).toHaveValue("3");

    await page.getByRole("button", { name: admin("library.editor.publish"), exact: true }).click();
    await expect(page.getByText(admin("library.published"), { exact: true })).toBeVisible();
    const id = editor.split("/").pop()!;

    // Found by the filter "language: Tày" (a linkable address) and by a search typed without accents.
    await page.goto("/vi/library?lang=tyz");
    await expect(page.getByRole("link", { name: title })).toBeVisible();
    await page.goto(`/vi/library?q=${encodeURIComponent(`bai hat ru tieng tay ${stamp}`)}`);
    await expect(page.getByRole("link", { name: title })).toBeVisible();
    await page.goto(`/vi/search?q=${encodeURIComponent(`bai hat ru ${stamp}`)}`);
    await expect(page.getByRole("link", { name: title })).toBeVisible();

    await page.goto(`/vi/library/${id}`);
    await expect(page.getByText(lib("item.languageOfRecording", { languages: "Tày" }))).toBeVisible();
    await expect(page.getByText(`Lời ghi lại bằng tiếng Việt ${stamp}`)).toBeVisible();
    const audio = page.locator("audio");
    await expect(audio).toHaveAttribute("preload", "none");
    const src = await audio.locator("source").getAttribute("src");
    // The player asks for bytes only when told to play, with Range, and gets 206 Partial Content.
    const played = page.waitForResponse((response) => response.url().endsWith(src!) && response.request().headers()["range"] !== undefined);
    await audio.evaluate((element: HTMLAudioElement) => element.play().catch(() => {}));
    expect((await played).status()).toBe(206);
    const ranged = await request.get(src!, { headers: { range: "bytes=0-99" } });
    expect(ranged.status()).toBe(206);
    expect(ranged.headers()["content-range"]).toMatch(/^bytes 0-99\//);
    expect((await ranged.body()).length).toBe(100);
  });

  test("a COMMUNITY item's file is refused to a visitor with the reason, and served to a signed-in official", async ({ browser }) => {
    const db = testDb();
    const file = await db.libraryFile.findFirstOrThrow({
      where: { item: { access: "COMMUNITY", state: "PUBLISHED" } },
      include: { media: true, item: true },
    });
    await db.$disconnect();
    const url = `/media/${file.media.storageKey}`;

    const visitor = await browser.newContext();
    const anonymous = await visitor.request.get(url);
    expect(anonymous.status()).toBe(403);
    const body = await anonymous.text();
    expect(body).toContain(lib("access.refusedBody"));
    expect(body).toContain(file.item.accessNote!);
    const page = await visitor.newPage();
    await page.goto(`/vi/library/${file.itemId}`);
    await expect(page.getByRole("heading", { name: lib("access.communityTitle") })).toBeVisible();
    await expect(page.getByText(file.item.accessNote!)).toBeVisible();
    await expect(page.locator("audio")).toHaveCount(0);
    await visitor.close();

    const staff = await browser.newContext();
    const staffPage = await staff.newPage();
    await signIn(staffPage, "official@demo.local");
    await expectDashboard(staffPage);
    const served = await staff.request.get(url);
    expect(served.status()).toBe(200);
    expect(served.headers()["cache-control"]).toContain("private");
    await staff.close();
  });

  test("an upload of the wrong type or over the limit is refused with a clear message and leaves no file behind", async ({ page }) => {
    await signIn(page, "official@demo.local");
    await expectDashboard(page);
    await newItem(page, { title: `Tài liệu thử ${Date.now()}`, type: "DOCUMENT", languages: ["vi"] });
    const before = storedFiles();
    const label = admin("library.editor.uploadLabel");

    await page
      .getByLabel(label)
      .setInputFiles({ name: "tai-lieu.pdf", mimeType: "application/pdf", buffer: Buffer.from("<html>not a pdf</html>") });
    await page.getByRole("button", { name: admin("library.editor.upload") }).click();
    await expect(page.getByLabel(label)).toHaveAccessibleDescription(new RegExp(escape(t("vi", "errors", "upload.documentType"))));
    expect(storedFiles()).toEqual(before);

    // 50 MB and one byte, starting like a real PDF: refused by its size while it streams.
    const big = path.join(os.tmpdir(), `portal-e2e-big-${Date.now()}.pdf`);
    const handle = await fs.promises.open(big, "w");
    await handle.write(Buffer.from("%PDF-1.4\n"));
    await handle.truncate(50 * 1024 * 1024 + 1);
    await handle.close();
    try {
      await page.getByLabel(label).setInputFiles(big);
      await page.getByRole("button", { name: admin("library.editor.upload") }).click();
      await expect(page.getByLabel(label)).toHaveAccessibleDescription(new RegExp(escape(t("vi", "errors", "upload.documentTooLarge"))), {
        timeout: 60_000,
      });
    } finally {
      await fs.promises.rm(big, { force: true });
    }
    expect(storedFiles()).toEqual(before);
  });

  test("without JavaScript: linkable filters and the files as plain links", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/vi/library");
    await page.getByLabel(lib("filters.group")).selectOption("tay");
    await page.getByLabel(lib("filters.topic")).selectOption("language");
    await page.getByRole("button", { name: lib("filters.apply") }).click();
    await expect(page).toHaveURL(/group=tay/);
    await expect(page).toHaveURL(/topic=language/);
    const first = page.getByRole("link", { name: /^Bản ghi mẫu: lời chào hỏi tiếng Tày$/ });
    await first.click();
    await expect(page.getByText(lib("item.languageOfRecording", { languages: "Tày" }))).toBeVisible();
    await expect(page.getByText(lib("item.demoNote"))).toBeVisible();
    const link = page.getByRole("link", {
      name: new RegExp(`^${escape(lib("item.download", { type: "WAV", size: "" }).replace(/\)$/, ""))}`),
    });
    await expect(link).toHaveAttribute("href", /^\/media\/library\/.+\.wav$/);
    const response = await page.request.get((await link.getAttribute("href"))!);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("audio/wav");
    await context.close();
  });

  test("a commune cadre contributes a draft and submits it; then only a reviewer may change it", async ({ page }) => {
    await signIn(page, "cadre.minhdan@demo.local");
    await expectDashboard(page);
    const title = `Tài liệu do xã gửi ${Date.now()}`;
    await newItem(page, { title, type: "DOCUMENT", languages: ["vi"] });
    const { demoPdf } = await import("@/prisma/seed/demo-media");
    await page
      .getByLabel(admin("library.editor.uploadLabel"))
      .setInputFiles({ name: "tai-lieu.pdf", mimeType: "application/pdf", buffer: demoPdf("Commune", 3) });
    await page.getByRole("button", { name: admin("library.editor.upload") }).click();
    await expect(page.getByText(admin("library.fileSaved"), { exact: true })).toBeVisible();
    await expect(page.getByLabel(admin("library.fields.pageCount"))).toHaveValue("3");
    await expect(page.getByRole("button", { name: admin("library.editor.publish"), exact: true })).toHaveCount(0);
    await page.getByRole("button", { name: admin("library.editor.submit") }).click();
    await expect(page.getByText(admin("library.submitted"), { exact: true })).toBeVisible();
    await expect(page.getByText(admin("library.editor.lockedNote"))).toBeVisible();
    await expect(page.getByLabel(admin("library.editor.uploadLabel"))).toHaveCount(0);
  });
});
