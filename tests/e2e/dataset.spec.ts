import { parse } from "csv-parse/sync";
import { expect, test, type Page } from "@playwright/test";
import { expectDashboard, signIn, t, testDb } from "./fixtures";

const HEADER = "year,commune_code,village_code,ethnic_group_code,ethnic_group,indicator_code,value,source,note";
const csvFile = (name: string, lines: string[]) => ({ name, mimeType: "text/csv", buffer: Buffer.from([HEADER, ...lines].join("\n")) });

async function uploadForCheck(page: Page, file: ReturnType<typeof csvFile>) {
  await page.goto("/admin/data/import");
  await page.getByLabel(t("vi", "dataset", "import.file")).setInputFiles(file);
  await page.getByRole("button", { name: t("vi", "dataset", "import.check") }).click();
  await expect(page).toHaveURL(/\/admin\/data\/import\?id=/);
}

test.describe("[DATASET] minority-population dataset", () => {
  test("an official imports a CSV with one bad row: the preview names it with the value read and nothing is written; fixed (with 1.050 typed the Vietnamese way), it commits but stays internal until released", async ({
    page,
  }) => {
    const db = testDb();
    await signIn(page, "official@demo.local");
    await expectDashboard(page);
    await uploadForCheck(page, csvFile("bad.csv", ["2032,DEMO-04,DEMO-04-01,02,,POP,640,,", "2032,DEMO-04,DEMO-04-02,09,,POP,mười,,"]));
    await expect(page.getByText(t("vi", "dataset", "import.statusREJECTED"))).toBeVisible();
    const problem = page.getByRole("row").filter({ hasText: t("vi", "errors", "dataset.value.notNumber") });
    await expect(problem.getByRole("cell").nth(0)).toHaveText("3");
    await expect(problem.getByRole("cell").nth(1)).toHaveText("value");
    await expect(problem.getByRole("cell").nth(2)).toHaveText("“mười”");
    await expect(problem.getByRole("cell").nth(4)).toHaveText(t("vi", "dataset", "import.expect.valueCOUNT"));
    await expect(page.getByRole("button", { name: t("vi", "dataset", "import.commit") })).toHaveCount(0);
    expect(await db.observation.count({ where: { year: 2032 } })).toBe(0);

    await uploadForCheck(page, csvFile("good.csv", ["2032,DEMO-04,DEMO-04-01,02,,POP,1.050,,", "2032,DEMO-04,DEMO-04-02,09,,POP,710,,"]));
    await expect(page.getByText(t("vi", "dataset", "import.statusPREVIEWED"))).toBeVisible();
    // The preview names what each code matched.
    await expect(
      page.getByRole("table", { name: t("vi", "dataset", "import.matchedCommunes") }).getByRole("cell", { name: "Xã Yên Thuận" }),
    ).toBeVisible();
    await expect(
      page.getByRole("table", { name: t("vi", "dataset", "import.matchedIndicators") }).getByRole("cell", { name: "Dân số" }),
    ).toBeVisible();
    await page.getByRole("button", { name: t("vi", "dataset", "import.commit") }).click();
    await expect(page.getByText(t("vi", "dataset", "import.statusCOMMITTED"))).toBeVisible();
    expect((await db.observation.findMany({ where: { year: 2032 }, orderBy: { value: "asc" } })).map((o) => o.value)).toEqual([710, 1050]);
    await db.$disconnect();

    // Not released: the public page does not show 2032.
    await page.goto("/vi/data?year=2032&commune=yen-thuan");
    await expect(
      page.getByRole("region", { name: t("vi", "dataset", "public.communeFigures", { commune: "Xã Yên Thuận", year: 2032 }) }),
    ).toHaveCount(0);
  });

  test("a cadre's import with another commune's rows is refused whole", async ({ page }) => {
    await signIn(page, "cadre.minhdan@demo.local");
    await expectDashboard(page);
    await uploadForCheck(page, csvFile("mixed.csv", ["2033,DEMO-01,DEMO-01-01,,,POP,500,,", "2033,DEMO-02,DEMO-02-01,,,POP,400,,"]));
    await expect(page.getByText(t("vi", "dataset", "import.otherCommunes", { rows: "3" }))).toBeVisible();
    await expect(page.getByRole("button", { name: t("vi", "dataset", "import.commit") })).toHaveCount(0);
    const db = testDb();
    expect(await db.observation.count({ where: { year: 2033 } })).toBe(0);
    await db.$disconnect();
  });

  test("the public page and the CSV show “<5” for a cell of 3, and no cell gives it away", async ({ page, request }) => {
    await page.goto("/vi/data?year=2025");
    const table = page.getByRole("table", { name: t("vi", "dataset", "public.populationByCommuneAndGroup", { year: 2025 }) });
    const headers = await table.getByRole("columnheader").allTextContents();
    const mong = headers.indexOf("Mông");
    expect(mong).toBeGreaterThan(0);
    const row = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Xã Minh Dân" }) });
    const cells = await row.getByRole("cell").allTextContents();
    expect(cells[mong - 1]).toBe("<5");
    // Complementary suppression: another cell of that row and of that column are hidden too —
    // shown as "ẩn" (hidden), never "<5": a hidden cell may be large.
    const hidden = (text: string | null | undefined) => text === "<5" || text === t("vi", "dataset", "public.hidden");
    expect(cells.filter(hidden).length).toBeGreaterThanOrEqual(2);
    expect(cells.filter((text) => text === "<5").length).toBe(1);
    const column = await table
      .getByRole("row")
      .evaluateAll((rows, index) => rows.slice(1).map((r) => r.children[index]?.textContent), mong);
    expect(column.filter(hidden).length).toBeGreaterThanOrEqual(2);
    await expect(page.getByText(t("vi", "dataset", "public.legend.suppressed-complementary")).first()).toBeVisible();
    // Each kind of empty cell is explained beside the table.
    await expect(page.getByText(t("vi", "dataset", "public.legend.suppressed-small")).first()).toBeVisible();

    // The CSV, read by a standard CSV parser: numbers, and a status for the hidden cells.
    const csv = await (await request.get("/vi/data/download.csv?year=2025")).text();
    const rows = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    const minhDan = rows.filter((r) => r.unit_name === "Xã Minh Dân" && r.indicator_code === "POP" && r.ethnic_group_code !== "_T");
    expect(minhDan.find((r) => r.ethnic_group_name === "Mông")).toMatchObject({ value: "", status: "suppressed-small" });
    expect(rows.some((r) => r.indicator_code === "POP" && r.status === "suppressed-complementary")).toBe(true);
    for (const r of rows) expect(r.status === "" ? Number.isFinite(Number(r.value)) && r.value !== "" : r.value === "").toBe(true);
    expect(csv).not.toContain("<5");
    expect(csv).not.toContain("uy tín 1");
    const json = await (await request.get("/vi/data/download.json?year=2025")).json();
    expect(JSON.stringify(json)).toContain('"suppressed-small"');
    const datapackage = await (await request.get("/vi/data/datapackage.json?year=2025")).json();
    expect(datapackage.resources[0].schema.fields.map((f: { name: string }) => f.name)).toEqual(Object.keys(rows[0]!));
  });

  test("an official sees the back-office charts of the exact figures, each with its table", async ({ page }) => {
    await signIn(page, "official@demo.local");
    await expectDashboard(page);
    const menu = page.getByRole("navigation", { name: t("vi", "admin", "nav.label") });
    await menu.getByRole("link", { name: t("vi", "admin", "nav.dataCharts") }).click();
    await expect(page.getByRole("heading", { level: 1, name: t("vi", "dataset", "grid.charts") })).toBeVisible();
    await expect(menu.locator("[aria-current=page]")).toHaveText(t("vi", "admin", "nav.dataCharts")); // one entry, not also "Bộ dữ liệu"
    await page.locator("select[name=year]").selectOption("2025"); // other tests add figures for later years
    await page.getByRole("button", { name: t("vi", "dataset", "public.show") }).click();
    await expect(page).toHaveURL(/year=2025/);
    for (const alt of ["populationByGroup", "povertyByCommune"]) {
      await expect(page.getByRole("img", { name: t("vi", "dataset", `public.chartAlt.${alt}`) }).locator("svg")).toBeVisible();
    }
    await expect(
      page
        .getByRole("img", { name: t("vi", "dataset", "public.chartAlt.trendPopulation", { place: t("vi", "dataset", "public.province") }) })
        .locator("svg"),
    ).toBeVisible();
    await expect(
      page
        .getByRole("img", { name: t("vi", "dataset", "public.chartAlt.trendPoverty", { place: t("vi", "dataset", "public.province") }) })
        .locator("svg"),
    ).toBeVisible();
    const poverty = page.getByRole("region", { name: t("vi", "dataset", "public.povertyByCommune", { year: 2025 }) });
    await expect(poverty.getByRole("rowheader", { name: "Xã Thượng Lâm" })).toBeVisible();
    await expect(poverty.getByRole("rowheader", { name: t("vi", "dataset", "public.province") })).toBeVisible();

    // One commune: the small cell the public sees as "<5" is shown exactly here.
    await page.locator("select[name=communeId]").selectOption({ label: "Xã Minh Dân" });
    await page.getByRole("button", { name: t("vi", "dataset", "public.show") }).click();
    const byGroup = page.getByRole("region", { name: t("vi", "dataset", "public.populationByGroup", { year: 2025 }) });
    await expect(
      byGroup
        .getByRole("row")
        .filter({ has: page.getByRole("rowheader", { name: "Mông", exact: true }) })
        .getByRole("cell"),
    ).toHaveText("3");
    await expect(
      page.getByRole("img", { name: t("vi", "dataset", "public.chartAlt.trendPopulation", { place: "Xã Minh Dân" }) }),
    ).toBeVisible();
  });

  test("a cadre cannot read another commune's prestigious persons", async ({ page }) => {
    const db = testDb();
    const other = await db.adminUnit.findUniqueOrThrow({ where: { slug: "thuong-lam" } });
    await db.$disconnect();
    await signIn(page, "cadre.minhdan@demo.local");
    await expectDashboard(page);
    await page.goto("/admin/data/prestigious-persons");
    await expect(page.getByRole("heading", { level: 1, name: t("vi", "dataset", "persons.title") })).toBeVisible();
    await expect(page.getByText("Minh Dân (mẫu)").first()).toBeVisible();
    await expect(page.getByText("Thượng Lâm (mẫu)")).toHaveCount(0);
    const response = await page.goto(`/admin/data/prestigious-persons?communeId=${other.id}`);
    expect(response?.status()).toBe(403);
  });
});
