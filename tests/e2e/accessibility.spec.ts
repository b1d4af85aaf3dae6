import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { expectDashboard, signIn } from "./fixtures";

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

test.describe("[A11Y] no serious or critical axe violations", () => {
  test("home", async ({ page }) => {
    await page.goto("/vi");
    await expectNoSeriousViolations(page);
  });

  test("home in Tày", async ({ page }) => {
    await page.goto("/tyz");
    await expectNoSeriousViolations(page);
  });

  test("news list and a demo article", async ({ page }) => {
    await page.goto("/vi/news");
    await expectNoSeriousViolations(page);
    await page.goto("/tyz/news/chinh-sach-ho-tro-ho-ngheo-lam-nha-o");
    await expectNoSeriousViolations(page);
  });

  test("translation workbench and the languages page", async ({ page }) => {
    await page.goto("/tyz/languages");
    await expectNoSeriousViolations(page);
    await signIn(page, "translator.tay@demo.local");
    await expectDashboard(page);
    await page.goto("/admin/translations?lang=tyz&key=common:home.title#editor");
    await expectNoSeriousViolations(page);
    await page.goto("/admin/translations/content?lang=tyz");
    await expectNoSeriousViolations(page);
    await page.getByRole("table").getByRole("link").first().click();
    await expectNoSeriousViolations(page);
    await page.goto("/admin/translations/glossary?lang=tyz");
    await expectNoSeriousViolations(page);
    await page.goto("/admin/translations/xliff?lang=tyz");
    await expectNoSeriousViolations(page);
  });

  test("article editor", async ({ page }) => {
    await signIn(page, "official@demo.local");
    await expectDashboard(page);
    await page.goto(`/admin/articles?q=${encodeURIComponent("Chính sách hỗ trợ hộ nghèo")}`);
    await page.getByRole("link", { name: "Chính sách hỗ trợ hộ nghèo làm nhà ở" }).click();
    await expectNoSeriousViolations(page);
  });

  test("forum: list, a question, the question form, a tracking page", async ({ page }) => {
    await page.goto("/vi/forum");
    await expectNoSeriousViolations(page);
    await page.getByRole("main").getByRole("listitem").first().getByRole("link").click();
    await expectNoSeriousViolations(page);
    await page.goto("/vi/forum/ask");
    await expectNoSeriousViolations(page);
    await page.goto("/vi/forum/track/AAAAAAAA");
    await expectNoSeriousViolations(page);
  });

  test("forum back office: the queue and a question", async ({ page }) => {
    await signIn(page, "official@demo.local");
    await expectDashboard(page);
    await page.goto("/admin/forum?state=SUBMITTED");
    await expectNoSeriousViolations(page);
    await page.getByRole("table").getByRole("link").first().click();
    await expectNoSeriousViolations(page);
  });

  test("library list, a demo recording and the library editor", async ({ page }) => {
    await page.goto("/vi/library");
    await expectNoSeriousViolations(page);
    await page.getByRole("link", { name: "Bản ghi mẫu: lời chào hỏi tiếng Tày" }).click();
    await expectNoSeriousViolations(page);
    await signIn(page, "official@demo.local");
    await expectDashboard(page);
    await page.goto("/admin/library/new");
    await expectNoSeriousViolations(page);
  });

  test("sign-in", async ({ page }) => {
    await page.goto("/login");
    await expectNoSeriousViolations(page);
  });

  test("back-office dashboard", async ({ page }) => {
    await signIn(page, "admin@demo.local");
    await expectDashboard(page);
    await expectNoSeriousViolations(page);
  });
});
