/* eslint-disable max-lines -- one journey (issue, update, all clear, banner, CAP) whose steps share signed-in pages */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { infoLanguages, validateCap } from "../fixtures/cap";
import { expectDashboard, signIn, t, testDb } from "./fixtures";

const n = (key: string, params?: Record<string, unknown>) => t("vi", "notices", key, params);

/** A time as the back office's datetime-local field takes it: the province's time (UTC+7). */
const provinceInput = (time: number) => new Date(time + 7 * 3_600_000).toISOString().slice(0, 16);

async function signedIn(browser: Browser, email: string, options: { javaScriptEnabled?: boolean } = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await signIn(page, email);
  await expectDashboard(page);
  return page;
}

/** A resident without JavaScript who chooses their commune once, on the notices page. */
async function resident(browser: Browser, commune: string | null) {
  const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await page.goto("/vi/notices");
  if (commune) {
    await page
      .getByRole("form", { name: n("chooser.label") })
      .getByLabel(n("chooser.label"))
      .selectOption({ label: commune });
    await page.getByRole("button", { name: n("chooser.submit") }).click();
    await expect(page).toHaveURL(/\/vi\/notices$/);
    await expect(page.getByText(n("chooser.current", { commune }))).toBeVisible();
  }
  return page;
}

/** When staff fill in the "new notice" form and save it; returns the editor's address. */
async function writeNotice(page: Page, fields: { area: string[]; headline: string; expiresAt: string; severity?: string }) {
  await page.goto("/admin/notices/new");
  await page.getByLabel(n("admin.fields.category")).selectOption("DISASTER");
  await page.getByLabel(n("admin.fields.hazard")).selectOption("FLASH_FLOOD");
  await page.getByLabel(n("admin.fields.severity")).selectOption(fields.severity ?? "SEVERE");
  // "Xã Hồng Quang/Thôn 2": a village, inside its commune's part of the picker.
  for (const unit of fields.area) {
    const [commune, village] = unit.split("/") as [string, string | undefined];
    if (!village) await page.getByRole("checkbox", { name: commune, exact: true }).check();
    else
      await page
        .getByRole("listitem")
        .filter({ has: page.getByRole("checkbox", { name: commune, exact: true }) })
        .getByRole("checkbox", { name: village, exact: true })
        .check();
  }
  await page.getByLabel(n("admin.fields.expiresAt")).fill(fields.expiresAt);
  await page.getByLabel(n("admin.fields.headline")).fill(fields.headline);
  await page
    .getByRole("textbox", { name: n("admin.fields.description"), exact: true })
    .fill("Mưa lớn trên thượng nguồn, nước suối lên nhanh.");
  await page
    .getByRole("textbox", { name: n("admin.fields.instruction"), exact: true })
    .fill("Không qua suối, ngầm, tràn. Chuẩn bị sơ tán lên chỗ cao.");
  await page.getByRole("button", { name: t("vi", "admin", "common.save") }).click();
  await expect(page).toHaveURL(/\/admin\/notices\/[^/?]+\?done=created$/);
  return page.url().replace(/\?.*$/, "");
}

async function lifecycle(page: Page, form: string, fill?: Record<string, string>) {
  const region = page.getByRole("form", { name: n(`admin.editor.${form}`), exact: true });
  for (const [label, value] of Object.entries(fill ?? {})) await region.getByLabel(n(label)).fill(value);
  await region.getByRole("button", { name: n(`admin.editor.${form}`), exact: true }).click();
}

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
}

test.describe("[NOTICES] health and disaster notices", () => {
  test("a cadre issues a Severe flash-flood warning; residents of the commune see it on every page without JavaScript until it expires", async ({
    browser,
  }) => {
    test.setTimeout(240_000);
    const headline = `Cảnh báo lũ quét khẩn cấp ${Date.now()}`;
    // It expires at the next whole minute at least 40 s away: the test waits for it.
    const expiry = Math.ceil((Date.now() + 40_000) / 60_000) * 60_000;

    const cadre = await signedIn(browser, "cadre.minhdan@demo.local");
    await cadre.goto("/admin/notices/new");
    // A cadre is offered only their own commune, never the province.
    await expect(cadre.getByRole("checkbox", { name: n("admin.fields.provinceWide") })).toHaveCount(0);
    await expect(cadre.getByRole("checkbox", { name: "Xã Thượng Lâm" })).toHaveCount(0);
    // Validation keeps the input and says what is wrong next to the field.
    await cadre.getByLabel(n("admin.fields.headline")).fill(headline);
    await cadre.getByRole("button", { name: t("vi", "admin", "common.save") }).click();
    await expect(cadre.getByText(t("vi", "notices", "errors.areaRequired")).first()).toBeVisible();
    await expect(cadre.getByText(t("vi", "notices", "errors.severityRequired")).first()).toBeVisible();
    await expect(cadre.getByLabel(n("admin.fields.headline"))).toHaveValue(headline);

    await writeNotice(cadre, { area: ["Xã Minh Dân"], headline, expiresAt: provinceInput(expiry) });
    await expect(cadre.getByRole("heading", { name: n("admin.editor.preview") })).toBeVisible();
    await lifecycle(cadre, "issue");
    await expect(cadre.getByText(n("admin.issued"), { exact: true })).toBeVisible();

    // A resident of Minh Dân (chosen once) sees it on every page, most severe first, with its severity in words.
    const minhDan = await resident(browser, "Xã Minh Dân");
    const banner = (page: Page) => page.getByRole("region", { name: n("banner.forCommune", { commune: "Xã Minh Dân" }) });
    for (const path of ["/vi", "/vi/news", "/vi/communes", "/vi/notices", "/vi/search"]) {
      await minhDan.goto(path);
      await expect(banner(minhDan).getByRole("link", { name: new RegExp(headline) })).toBeVisible();
      await expect(banner(minhDan).getByRole("link", { name: new RegExp(headline) })).toContainText(n("severity.SEVERE"));
    }
    // The commune page lists it.
    await minhDan.goto("/vi/communes/minh-dan");
    await expect(minhDan.getByRole("region", { name: n("commune.heading") }).getByRole("link", { name: headline })).toBeVisible();
    // In Tày there is no translation: Vietnamese, marked as such, and the page says so.
    await minhDan.goto("/tyz");
    const tyzBanner = minhDan.getByRole("region", { name: t("tyz", "notices", "banner.forCommune", { commune: "Xã Minh Dân" }) });
    await expect(tyzBanner.getByText(headline)).toHaveAttribute("lang", "vi");
    await expect(
      tyzBanner.getByText(t("tyz", "notices", "list.someInVietnamese", { language: t("tyz", "common", "languageNames.tyz") })),
    ).toBeVisible();
    await expect(
      tyzBanner
        .getByRole("listitem")
        .filter({ hasText: headline })
        .getByText(t("tyz", "notices", "banner.inVietnamese")),
    ).toBeVisible();
    // The detail page: area by name, validity in Viet Nam time, what to do.
    await minhDan.goto("/vi");
    await banner(minhDan)
      .getByRole("link", { name: new RegExp(headline) })
      .click();
    await expect(minhDan.getByRole("heading", { level: 1, name: headline })).toBeVisible();
    await expect(minhDan.getByRole("heading", { name: n("detail.instruction") })).toBeVisible();
    await expect(minhDan.getByText("Xã Minh Dân", { exact: true })).toBeVisible();
    // Accessibility of the page with the banner (axe needs JavaScript in the page).
    const checker = await (await browser.newContext()).newPage();
    await checker.context().addCookies([{ name: "portal_commune", value: "minh-dan", url: minhDan.url() }]);
    await checker.goto(minhDan.url());
    await expect(checker.getByRole("heading", { level: 1, name: headline })).toBeVisible();
    await expectNoSeriousViolations(checker);

    // A resident of another commune does not see it.
    const thuongLam = await resident(browser, "Xã Thượng Lâm");
    await thuongLam.goto("/vi");
    await expect(thuongLam.getByText(headline)).toHaveCount(0);

    // The province is told: the officials' dashboard counts notices issued by communes.
    const official = await signedIn(browser, "official@demo.local");
    await expect(official.getByText(t("vi", "admin", "dashboard.counts.noticesIssuedByCommunes"))).toBeVisible();

    // After its expiry it is gone from the banner (even from pages the front server held) and is in the archive.
    await minhDan.goto("/vi/news");
    await expect(banner(minhDan).getByText(headline)).toBeVisible();
    await minhDan.waitForTimeout(Math.max(0, expiry - Date.now()) + 1_500);
    await minhDan.goto("/vi/news");
    await expect(minhDan.getByText(headline)).toHaveCount(0);
    await minhDan.goto("/vi/notices?archive=1");
    await expect(minhDan.getByRole("link", { name: headline })).toBeVisible();
    await expect(
      minhDan.getByText(n("list.ended", { status: n("status.EXPIRED"), time: "" }).trim(), { exact: false }).first(),
    ).toBeVisible();
  });

  test("an update supersedes the notice, a cancel shows its reason; the CAP and Atom feeds follow", async ({ browser, request }) => {
    const stamp = Date.now();
    const headline = `Cảnh báo lũ ống xã Hồng Quang ${stamp}`;
    const updated = `Lũ ống xã Hồng Quang: mức nguy hiểm tăng ${stamp}`;
    const official = await signedIn(browser, "official@demo.local", { javaScriptEnabled: false });
    const editor = await writeNotice(official, {
      area: ["Xã Hồng Quang/Thôn 2"],
      headline,
      expiresAt: provinceInput(Date.now() + 6 * 3_600_000),
    });
    // An English text, in its own tab.
    await official
      .getByRole("navigation", { name: n("admin.editor.languages") })
      .getByRole("link", { name: /^English/ })
      .click();
    await official.getByLabel(n("admin.fields.headline")).fill(`Flash flood warning ${stamp}`);
    await official.getByRole("textbox", { name: n("admin.fields.description"), exact: true }).fill("Heavy rain upstream.");
    await official.getByRole("textbox", { name: n("admin.fields.instruction"), exact: true }).fill("Do not cross streams.");
    await official
      .getByRole("form", { name: "English", exact: true })
      .getByRole("button", { name: t("vi", "admin", "common.save") })
      .click();
    await expect(official.getByText(n("admin.saved"), { exact: true })).toBeVisible();
    await official.goto(editor);
    await lifecycle(official, "issue");
    await expect(official.getByText(n("admin.issued"), { exact: true })).toBeVisible();
    const firstId = editor.split("/").pop()!;

    // The CAP document validates against the OASIS schema, one <info> per language.
    const cap = await (await request.get(`/cap/${firstId}.xml`)).text();
    expect((await validateCap(cap)).errors).toEqual([]);
    expect(infoLanguages(cap)).toEqual(["vi-VN", "en-US"]);
    expect(await (await request.get("/cap/alerts.xml")).text()).toContain(`/cap/${firstId}.xml`);

    // Update: a new version, edited, then issued; it supersedes the first and references it.
    await lifecycle(official, "update");
    await expect(official.getByText(n("admin.updatePrepared"), { exact: true })).toBeVisible();
    const updateId = official.url().replace(/\?.*$/, "").split("/").pop()!;
    await official.getByLabel(n("admin.fields.headline")).fill(updated);
    await official
      .getByRole("form", { name: "Tiếng Việt", exact: true })
      .getByRole("button", { name: t("vi", "admin", "common.save") })
      .click();
    await expect(official.getByText(n("admin.saved"), { exact: true })).toBeVisible();
    await lifecycle(official, "issue");
    await expect(official.getByText(n("admin.issued"), { exact: true })).toBeVisible();
    const updateCap = await (await request.get(`/cap/${updateId}.xml`)).text();
    expect(updateCap).toContain("<msgType>Update</msgType>");
    expect(updateCap).toContain(`notice:${firstId},`);
    expect((await validateCap(updateCap)).valid).toBe(true);

    const reader = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await reader.goto(`/vi/notices/${firstId}`);
    await expect(reader.getByRole("heading", { level: 1, name: updated })).toBeVisible();
    const history = reader.getByRole("region", { name: n("detail.history") });
    await expect(history.getByText(headline)).toBeVisible();
    await expect(history.getByText(updated)).toBeVisible();
    await expect(reader.getByText("Thôn 2 (Xã Hồng Quang)", { exact: true })).toBeVisible();

    // Cancel, with a reason the public page shows; it leaves the Atom feed of alerts in force.
    const reason = `Mưa đã dừng, mực nước suối đã xuống ${stamp}`;
    await lifecycle(official, "cancel", { "admin.fields.reason": reason });
    await expect(official.getByText(n("admin.cancelled"), { exact: true })).toBeVisible();
    await reader.goto(`/vi/notices/${firstId}`);
    await expect(reader.getByRole("heading", { name: n("detail.cancelledTitle") })).toBeVisible();
    await expect(reader.getByText(reason).first()).toBeVisible();
    const atom = await (await request.get("/cap/alerts.xml")).text();
    expect(atom).not.toContain(firstId);
    expect(atom).not.toContain(updateId);
    await reader.goto("/vi/notices?archive=1");
    await expect(reader.getByRole("link", { name: updated })).toBeVisible();
    const checker = await (await browser.newContext()).newPage();
    await checker.goto("/vi/notices?archive=1");
    await expectNoSeriousViolations(checker);
  });

  test("the cadre cannot issue a notice for another commune, even with a crafted request", async ({ browser }) => {
    const db = testDb();
    const other = await db.adminUnit.findUniqueOrThrow({ where: { slug: "thuong-lam" } });
    const id = `crafted-${Date.now()}`;
    await db.notice.create({
      data: {
        id,
        seriesId: id,
        category: "HEALTH",
        severity: "MODERATE",
        urgency: "EXPECTED",
        certainty: "LIKELY",
        communeId: other.id,
        effectiveAt: new Date(),
        expiresAt: new Date(Date.now() + 3_600_000),
        areas: { create: { unitId: other.id } },
        translations: { create: { locale: "vi", headline: "Nháp của xã khác", description: "D", instruction: "I" } },
      },
    });
    // The issue form as an official's browser sends it without JavaScript (the action's fields).
    const official = await signedIn(browser, "official@demo.local", { javaScriptEnabled: false });
    await official.goto(`/admin/notices/${id}`);
    const fields = await official
      .getByRole("form", { name: n("admin.editor.issue"), exact: true })
      .evaluate((form: HTMLFormElement) =>
        Object.fromEntries([...new FormData(form).entries()].map(([key, value]) => [key, String(value)])),
      );
    const cadre = await signedIn(browser, "cadre.minhdan@demo.local");
    await cadre.goto(`/admin/notices/${id}`);
    await expect(cadre.getByRole("heading", { name: "Nháp của xã khác" })).toHaveCount(0);
    const response = await cadre.request.post(`/admin/notices/${id}`, {
      multipart: fields,
      headers: { origin: new URL(cadre.url()).origin },
    });
    expect(response.status()).toBeLessThan(500);
    expect((await db.notice.findUniqueOrThrow({ where: { id } })).state).toBe("DRAFT");
    expect(await db.auditLog.count({ where: { entityId: id } })).toBe(0);
    // The same fields from the official do issue it: the request itself was well formed.
    await official.request.post(`/admin/notices/${id}`, { multipart: fields, headers: { origin: new URL(cadre.url()).origin } });
    expect((await db.notice.findUniqueOrThrow({ where: { id } })).state).toBe("ISSUED");
    await cadre.goto("/admin/notices");
    await expectNoSeriousViolations(cadre);
    await db.$disconnect();
  });
});
