import { parse } from "csv-parse/sync";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectDashboard, signIn, t, testDb } from "./fixtures";

/** A signed-in page of its own (the cadre and the official work side by side). */
async function staffPage(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  await expectDashboard(page);
  return page;
}

async function enterPopulation(page: Page, ids: { communeId: string }, village: string, value: string) {
  await page.goto(`/admin/data?year=2026&communeId=${ids.communeId}`);
  const cell = page.getByLabel(t("vi", "dataset", "grid.cellLabel", { indicator: "Dân số", unit: village }), { exact: true });
  await cell.fill(value);
  await page.getByRole("button", { name: t("vi", "dataset", "grid.save") }).click();
  await expect(page.getByText(t("vi", "dataset", "grid.saved", { count: 1 }))).toBeVisible();
}

async function release(page: Page, scope: string, note: string) {
  await page.goto("/admin/data/releases?year=2026");
  await page.getByLabel(t("vi", "dataset", "release.scope")).selectOption({ label: scope });
  await page.getByLabel(t("vi", "dataset", "release.note")).fill(note);
  await page.getByRole("button", { name: t("vi", "dataset", "release.submit") }).click();
}

const provinceFigures = (page: Page, year: number) =>
  page.getByRole("region", { name: t("vi", "dataset", "public.provinceFigures", { year }) });

test.describe("[DATASET] release workflow", () => {
  test("a 2026 value stays internal until an official releases it; a correction waits for a revision; the earlier vintage downloads unchanged", async ({
    browser,
    page,
    request,
  }) => {
    const db = testDb();
    const commune = await db.adminUnit.findUniqueOrThrow({ where: { slug: "minh-dan" } });
    const village = await db.adminUnit.findFirstOrThrow({ where: { parentId: commune.id }, orderBy: { sortOrder: "asc" } });
    await db.$disconnect();

    // The cadre enters a value for 2026.
    const cadre = await staffPage(browser, "cadre.minhdan@demo.local");
    await enterPopulation(cadre, { communeId: commune.id }, village.fullName, "1.050");

    // The public page still defaults to 2025 and shows nothing of 2026.
    await page.goto("/vi/data");
    await expect(provinceFigures(page, 2025)).toBeVisible();
    expect(await page.locator("select[name=year] option").allTextContents()).not.toContain("2026");
    expect(await (await request.get("/vi/data?year=2026")).text()).not.toContain(
      t("vi", "dataset", "public.provinceFigures", { year: 2026 }),
    );
    const rows = parse(await (await request.get("/vi/data/download.csv")).text(), { bom: true, columns: true }) as { year: string }[];
    expect(rows.filter((r) => r.year === "2026")).toEqual([]);

    // The cadre sees the status of their commune and may not release.
    await cadre.goto("/admin/data/releases?year=2026");
    await expect(
      cadre
        .getByRole("row")
        .filter({ has: cadre.getByRole("rowheader", { name: "Xã Minh Dân" }) })
        .first(),
    ).toContainText(t("vi", "dataset", "release.status.draft"));
    await expect(cadre.getByText(t("vi", "dataset", "release.mayNotRelease"))).toBeVisible();
    await expect(cadre.getByRole("button", { name: t("vi", "dataset", "release.submit") })).toHaveCount(0);

    // The official sees the completeness table; releasing with gaps needs a note.
    const official = await staffPage(browser, "official@demo.local");
    await official.goto("/admin/data/releases?year=2026");
    const completeness = official.getByRole("table", { name: t("vi", "dataset", "release.completenessTitle", { year: 2026 }) });
    const row = completeness.getByRole("row").filter({ has: official.getByRole("rowheader", { name: "Xã Minh Dân" }) });
    await expect(row).toContainText(t("vi", "dataset", "release.status.draft"));
    await expect(row.getByRole("cell").nth(2)).toHaveText(/^\d+: /); // villages without figures, counted and named
    await release(official, t("vi", "dataset", "release.scopeProvince"), "");
    await expect(official.getByText(t("vi", "errors", "dataset.release.gapNoteRequired")).first()).toBeVisible();
    await release(official, t("vi", "dataset", "release.scopeProvince"), "Mới có số liệu dân số thôn 1 của Minh Dân");
    await expect(official.getByText(t("vi", "dataset", "release.released", { year: 2026, vintage: 1 }))).toBeVisible();

    // The public page switches to 2026, with the note.
    await page.goto("/vi/data");
    await expect(provinceFigures(page, 2026).getByText("1.050")).toBeVisible();
    await expect(page.getByText("Mới có số liệu dân số thôn 1 của Minh Dân")).toBeVisible();
    const vintage1 = await (await request.get("/vi/data/download.csv?year=2026")).text();
    expect(vintage1).toContain(",1050,");

    // A correction after release is not public until released as a revision.
    await enterPopulation(cadre, { communeId: commune.id }, village.fullName, "1100");
    await page.goto("/vi/data?year=2026");
    await expect(provinceFigures(page, 2026).getByText("1.050")).toBeVisible();
    await official.goto("/admin/data/releases?year=2026");
    await expect(official.getByRole("table", { name: t("vi", "dataset", "release.completenessTitle", { year: 2026 }) })).toContainText(
      t("vi", "dataset", "release.status.changedSinceRelease"),
    );
    await release(official, "Xã Minh Dân", "");
    await expect(official.getByText(t("vi", "errors", "dataset.release.revisionNoteRequired")).first()).toBeVisible();
    await release(official, "Xã Minh Dân", "Sửa dân số thôn 1 theo biên bản kiểm tra");
    await expect(official.getByText(t("vi", "dataset", "release.revised", { year: 2026, vintage: 2 }))).toBeVisible();

    await page.goto("/vi/data");
    await expect(provinceFigures(page, 2026).getByText("1.100")).toBeVisible();
    await expect(page.getByText(/Đã đính chính ngày/).first()).toBeVisible();
    await expect(page.getByText("Sửa dân số thôn 1 theo biên bản kiểm tra")).toBeVisible();
    // The earlier vintage stays downloadable, unchanged.
    const link = page.getByRole("link", { name: /Bản 1, công bố ngày/ });
    await expect(link).toHaveAttribute("href", /download\.csv\?year=2026&vintage=1/);
    expect(await (await request.get((await link.getAttribute("href"))!)).text()).toBe(vintage1);
    expect(await (await request.get("/vi/data/download.csv?year=2026")).text()).toContain(",1100,");

    const audit = testDb();
    expect(
      await audit.auditLog.count({
        where: { action: { in: ["dataset.released", "dataset.revised"] }, after: { path: ["year"], equals: 2026 } },
      }),
    ).toBe(2);
    await audit.$disconnect();
  });
});
