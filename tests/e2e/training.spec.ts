import fs from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import JSZip from "jszip";
import { PDFDocument } from "pdf-lib";
import { expect, test, type Page } from "@playwright/test";
import { provinceDay } from "@/lib/forum/working-days";
import { currentPeriod } from "@/lib/programme/period";
import { expectDashboard, signIn, t } from "./fixtures";

const tr = (key: string, params?: Record<string, unknown>) => t("vi", "training", key, params);
const admin = (key: string) => t("vi", "admin", key);
const CADRE = "Cán bộ xã Minh Dân (demo)";

/** Given an official on a new IT-skills course of Minh Dân: two sessions, the cadre enrolled. */
async function createCourse(page: Page, title: string, first: string, last: string) {
  await page.goto("/admin/training/new");
  await page.getByLabel(tr("training.courseTitle")).fill(title);
  await page.getByLabel(tr("training.kind")).selectOption("IT_SKILLS");
  await page.getByLabel(tr("training.startsOn")).fill(first);
  await page.getByLabel(tr("training.endsOn")).fill(last);
  await page.getByLabel(tr("training.place")).fill("Hội trường UBND xã Minh Dân");
  await page.getByLabel(tr("training.trainer")).fill("Trung tâm Công nghệ thông tin tỉnh");
  await page.getByLabel(tr("training.commune")).selectOption({ label: "Xã Minh Dân" });
  await page.getByRole("button", { name: admin("common.save") }).click();
  await expect(page.getByText(tr("messages.created"), { exact: true })).toBeVisible();
  for (const [date, topic] of [
    [first, "Sử dụng máy tính"],
    [last, "Dịch vụ công trực tuyến"],
  ] as const) {
    const form = page.getByRole("form", { name: tr("training.addSession") });
    await form.getByLabel(tr("training.sessionDate")).fill(date);
    await form.getByLabel(tr("training.sessionTopic")).fill(topic);
    await form.getByRole("button", { name: tr("training.addSession") }).click();
    await expect(page.getByRole("heading", { level: 3, name: new RegExp(topic) })).toBeVisible();
  }
  const enrol = page.getByRole("form", { name: tr("training.addParticipant") });
  await enrol.getByLabel(tr("training.staffUser")).selectOption({ label: `${CADRE} (Minh Dân)` });
  await enrol.getByRole("button", { name: tr("training.addParticipant") }).click();
  await expect(page.locator(`[data-participant="${CADRE}"]`)).toBeVisible();
}

test.describe("[TRAINING] running the plan", () => {
  test("an official records an IT course, the cadre's certificate names them, the programme and the DOCX report show Minh Dân's figure", async ({
    page,
  }) => {
    const today = provinceDay(new Date());
    const period = currentPeriod();
    const quarterStart = `${period.year}-${String((period.quarter - 1) * 3 + 1).padStart(2, "0")}-01`;
    const first = quarterStart === today ? today : quarterStart;
    await signIn(page, "official@demo.local");
    await expectDashboard(page);
    await createCourse(page, `Tin học văn phòng cho cán bộ xã ${Date.now()}`, first, today);

    // When the official marks the cadre present at both sessions.
    for (const n of [1, 2]) {
      const form = page.getByRole("form", { name: tr("training.attendanceOf", { n, date: n === 1 ? first : today }), exact: true });
      await form.getByRole("checkbox", { name: CADRE }).check();
      await form.getByRole("button", { name: tr("training.saveAttendance") }).click();
      await expect(form.getByText(tr("messages.attendanceSaved"))).toBeVisible();
    }
    await page.reload();
    const participant = page.locator(`[data-participant="${CADRE}"]`);
    await expect(participant).toContainText(`${tr("training.attended")}: 2/2`);
    await expect(participant).toContainText(tr("training.trained"));

    // Then the certificate is a valid PDF naming the cadre.
    const downloading = page.waitForEvent("download");
    await participant.getByRole("link", { name: tr("training.certificateFor", { name: CADRE }) }).click();
    const download = await downloading;
    const bytes = fs.readFileSync((await download.path())!);
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getPageCount()).toBe(1);
    expect(pdf.getTitle()).toContain(CADRE);

    // Given Minh Dân's plan of three cadres in IT skills this year.
    await page.goto(`/admin/training?year=${period.year}`);
    const plan = page.getByRole("form", { name: tr("training.setPlan") });
    await plan.getByLabel(tr("training.participantCommune")).selectOption({ label: "Xã Minh Dân" });
    await plan.getByLabel(tr("training.kind")).selectOption("IT_SKILLS");
    await plan.getByLabel(tr("training.target")).fill("3");
    await plan.getByRole("button", { name: admin("common.save") }).click();
    await expect(plan.getByText(tr("messages.planSaved"))).toBeVisible();
    await page.reload();
    await expect(page.locator('tr[data-commune="Xã Minh Dân"] td[data-kind="IT_SKILLS"]')).toHaveText(
      tr("training.planCell", { done: 1, target: 3 }),
    );

    // Then the programme page shows one cadre trained in Minh Dân against the plan.
    await page.goto("/admin/programme");
    const cell = page.locator('tr[data-commune="Minh Dân"] td[data-indicator="cadresTrained"]');
    await expect(cell).toHaveText("1/3 (33,3%)");
    await expect(page.locator('[data-indicator="minorityContentShare"] [data-parts] li')).toHaveCount(3);
    const provinceFigures: string[] = [];
    for (const figure of await page.locator('[data-figure="province"]').all()) provinceFigures.push((await figure.textContent())!.trim());
    expect(provinceFigures.length).toBe(6);

    // And the figure leads to the rows behind it.
    await cell.getByRole("link").click();
    await expect(page.getByRole("cell", { name: CADRE })).toBeVisible();

    // And the DOCX report for the current quarter opens with a standard zip library and carries the same figures.
    const response = await page.request.get(`/admin/programme/report.docx?year=${period.year}&q=${period.quarter}`);
    expect(response.status()).toBe(200);
    const zip = await JSZip.loadAsync(await response.body());
    const xml = await zip.file("word/document.xml")!.async("string");
    const text = xml.replace(/<[^>]+>/g, " ");
    expect(text).toContain(tr("report.nation"));
    expect(text).toContain(tr("report.motto"));
    expect(text).toContain("Minh Dân");
    expect(text).toContain("1/3 (33,3%)");
    for (const figure of provinceFigures) expect(text).toContain(figure);
    expect(Object.keys(zip.files).some((name) => name.startsWith("word/media/"))).toBe(true);
    const pdfReport = await page.request.get(`/admin/programme/report.pdf?year=${period.year}&q=${period.quarter}`);
    expect((await pdfReport.body()).subarray(0, 5).toString()).toBe("%PDF-");
  });

  test("a cadre practises a demo lesson without JavaScript and their progress is kept", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await signIn(page, "cadre.minhdan@demo.local");
    await page.goto("/admin/lessons");
    const course = page.locator("section", { has: page.getByRole("heading", { level: 2, name: tr("languages.tyz") }) });
    await expect(course.getByText(tr("lessons.demo"))).toBeVisible();
    const lesson = course.locator("li").first();
    await expect(lesson).toContainText(tr("lessons.progress", { known: 0, total: 3 }));
    await lesson.getByRole("link", { name: tr("lessons.practise") }).click();

    // Listen, say it, reveal: the demo has only the Vietnamese side, waiting for a speaker.
    await expect(page.getByText(tr("lessons.step", { n: 1, total: 3 }))).toBeVisible();
    await page.getByText(tr("lessons.reveal")).click();
    await expect(page.getByText(tr("lessons.waiting"), { exact: true })).toBeVisible();
    await page.getByRole("button", { name: tr("lessons.known") }).click();
    await expect(page).toHaveURL(/practise\?i=1$/);
    await expect(page.getByText(tr("lessons.progress", { known: 1, total: 3 }))).toBeVisible();

    // The progress is kept: on the list, and in a new session.
    await context.close();
    const again = await browser.newContext({ javaScriptEnabled: false });
    const page2 = await again.newPage();
    await signIn(page2, "cadre.minhdan@demo.local");
    await page2.goto("/admin/lessons");
    const lesson2 = page2
      .locator("section", { has: page2.getByRole("heading", { level: 2, name: tr("languages.tyz") }) })
      .locator("li")
      .first();
    await expect(lesson2).toContainText(tr("lessons.progress", { known: 1, total: 3 }));
    await again.close();
  });
});

test("[TRAINING] the training, lessons and programme pages have no serious or critical axe violations", async ({ page }) => {
  await signIn(page, "official@demo.local");
  await expectDashboard(page);
  for (const path of ["/admin/training", "/admin/training/new", "/admin/programme", "/admin/lessons"]) {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(
      results.violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
    ).toEqual([]);
  }
  await page.locator("section li a").first().click();
  const lesson = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(lesson.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
});
