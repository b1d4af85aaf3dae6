import { expect, test } from "@playwright/test";
import { expectDashboard, signIn, t } from "./fixtures";

const tr = (key: string, params?: Record<string, unknown>) => t("vi", "training", key, params);

// Chromium's fake microphone (a test tone): no voice, no language text, only the path of a recording.
test.use({
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-dev-shm-usage",
      "--disable-gpu",
      "--use-fake-device-for-media-stream",
      "--use-fake-ui-for-media-stream",
    ],
  },
});

test.describe("[TRAINING] a speaker records a phrase in the browser; a second person approves it", () => {
  test("record, send as a suggestion, approve: the phrase has its recording", async ({ browser }) => {
    const speaker = await browser.newContext({ permissions: ["microphone"] });
    const page = await speaker.newPage();
    await signIn(page, "cadre.minhdan@demo.local");
    await expectDashboard(page);
    await page.goto("/admin/lessons");
    const hmong = page.locator("section", { has: page.getByRole("heading", { level: 2, name: tr("languages.hmn") }) });
    await hmong.locator("li").first().getByRole("link").first().click();
    const phrase = page.locator("ol > li").first();
    await phrase.getByText(tr("lessons.suggest")).click();
    await phrase.getByRole("button", { name: tr("lessons.record") }).click();
    await expect(phrase.getByText(tr("lessons.recordingNow"))).toBeVisible();
    await page.waitForTimeout(1500);
    await phrase.getByRole("button", { name: tr("lessons.stop") }).click();
    await expect(page).toHaveURL(/saved=1/);
    const lessonUrl = new URL(page.url()).pathname;
    await expect(
      page
        .locator("ol > li")
        .first()
        .getByRole("heading", { name: tr("lessons.pending") }),
    ).toBeVisible();
    await expect(page.locator("ol > li").first().getByText(tr("lessons.ownPending"))).toBeVisible();
    await speaker.close();

    const reviewer = await browser.newContext();
    const page2 = await reviewer.newPage();
    await signIn(page2, "official@demo.local");
    await expectDashboard(page2);
    await page2.goto(lessonUrl);
    const first = page2.locator("ol > li").first();
    await expect(first.getByText(tr("lessons.noRecording"))).toBeVisible();
    await first.getByRole("button", { name: tr("lessons.approve") }).click();
    // The page refreshes: the suggestion is no longer pending.
    await expect(page2.getByRole("heading", { name: tr("lessons.pending") })).toHaveCount(0);
    await page2.reload();
    await expect(page2.locator("ol > li").first().locator("audio")).toHaveCount(1);
    await expect(page2.locator("ol > li").first().getByText(tr("lessons.noRecording"))).toHaveCount(0);
    // The text in the language is still waiting: a recording alone does not invent it.
    await expect(page2.locator("ol > li").first().getByText(tr("lessons.waiting"), { exact: true })).toBeVisible();
    await reviewer.close();
  });
});
