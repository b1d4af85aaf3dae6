import { expect, test } from "@playwright/test";
import { hashPassword } from "@/lib/auth/password";
import { DEMO_PASSWORD, expectDashboard, signIn, t, testDb } from "./fixtures";

test.describe("[AUTH] signing in and out, roles", () => {
  test("an anonymous visitor to the back office is sent to sign in, then comes back", async ({ page }) => {
    await page.goto("/admin/units");
    await expect(page).toHaveURL(/\/login\?next=%2Fadmin%2Funits$/);
    await page.getByLabel(t("vi", "auth", "signIn.email")).fill("official@demo.local");
    await page.getByLabel(t("vi", "auth", "signIn.password")).fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: t("vi", "auth", "signIn.submit") }).click();
    await expect(page).toHaveURL(/\/admin\/units$/);
    await expect(page.getByRole("heading", { level: 1, name: t("vi", "admin", "units.title") })).toBeVisible();
  });

  test("the administrator sees the whole back office", async ({ page }) => {
    await signIn(page, "admin@demo.local");
    await expectDashboard(page);
    await expect(page.getByText(t("vi", "admin", "dashboard.leadProvince"))).toBeVisible();
    const menu = page.getByRole("navigation", { name: t("vi", "admin", "nav.label") });
    for (const key of ["users", "audit", "settings", "ethnicGroups", "units"]) {
      await expect(menu.getByRole("link", { name: t("vi", "admin", `nav.${key}`), exact: true })).toBeVisible();
    }
    await expect(page.getByText(t("vi", "admin", "roles.ADMIN"))).toBeVisible();
  });

  test("the official sees province figures but no user or audit pages", async ({ page }) => {
    await signIn(page, "official@demo.local");
    await expectDashboard(page);
    await expect(page.getByText(t("vi", "admin", "dashboard.leadProvince"))).toBeVisible();
    const menu = page.getByRole("navigation", { name: t("vi", "admin", "nav.label") });
    await expect(menu.getByRole("link", { name: t("vi", "admin", "nav.units") })).toBeVisible();
    await expect(menu.getByRole("link", { name: t("vi", "admin", "nav.users") })).toHaveCount(0);
    await expect(menu.getByRole("link", { name: t("vi", "admin", "nav.audit") })).toHaveCount(0);
    const response = await page.goto("/admin/audit");
    expect(response?.status()).toBe(403);
  });

  test("the Minh Dân cadre sees their commune, and gets 403 on users", async ({ page }) => {
    await signIn(page, "cadre.minhdan@demo.local");
    await expectDashboard(page);
    await expect(page.getByText(t("vi", "admin", "dashboard.leadCommune", { commune: "Xã Minh Dân" }))).toBeVisible();
    await page
      .getByRole("navigation", { name: t("vi", "admin", "nav.label") })
      .getByRole("link", { name: t("vi", "admin", "nav.units") })
      .click();
    await expect(page.getByRole("heading", { level: 2, name: /Xã Minh Dân/ })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: /Xã Thượng Lâm/ })).toHaveCount(0);

    const response = await page.goto("/admin/users");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: t("vi", "common", "forbidden.title") })).toBeVisible();
    await expect(page.getByText(t("vi", "common", "forbidden.body"))).toBeVisible();
  });

  test("a wrong password keeps the e-mail and explains", async ({ page }) => {
    await signIn(page, "official@demo.local", "not-the-password");
    await expect(page.getByRole("status")).toContainText(t("vi", "errors", "signIn.credentials"));
    await expect(page.getByLabel(t("vi", "auth", "signIn.email"))).toHaveValue("official@demo.local");
    await expect(page.getByLabel(t("vi", "auth", "signIn.password"))).toHaveValue("");
  });

  test("an invalid e-mail is marked next to the field", async ({ page }) => {
    await signIn(page, "not an email", "x");
    const email = page.getByLabel(t("vi", "auth", "signIn.email"));
    await expect(email).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText(t("vi", "errors", "email.invalid"))).toBeVisible();
    await expect(email).toHaveValue("not an email");
  });

  test("five wrong passwords lock the account with a clear message", async ({ page }) => {
    const db = testDb();
    const email = `lockout-${Date.now()}@demo.local`;
    await db.user.create({ data: { email, name: "Lockout test", role: "OFFICIAL", passwordHash: await hashPassword(DEMO_PASSWORD) } });
    await db.$disconnect();
    for (let attempt = 1; attempt <= 4; attempt++) {
      await signIn(page, email, `wrong-${attempt}`);
      await expect(page.getByRole("status")).toContainText(t("vi", "errors", "signIn.credentials"));
    }
    await signIn(page, email, "wrong-5");
    const lockedMessage = t("vi", "errors", "signIn.locked", { time: "__TIME__" }).split("__TIME__")[0]!;
    await expect(page.getByRole("status")).toContainText(lockedMessage);
    // Even the right password is refused while locked.
    await signIn(page, email, DEMO_PASSWORD);
    await expect(page.getByRole("status")).toContainText(lockedMessage);
    await expect(page).toHaveURL(/\/login/);
  });

  test("a deactivated account cannot sign in", async ({ page }) => {
    const db = testDb();
    const email = `inactive-${Date.now()}@demo.local`;
    await db.user.create({
      data: { email, name: "Inactive", role: "OFFICIAL", active: false, passwordHash: await hashPassword(DEMO_PASSWORD) },
    });
    await db.$disconnect();
    await signIn(page, email);
    await expect(page.getByRole("status")).toContainText(t("vi", "errors", "signIn.inactive"));
  });

  test("the session cookie is httpOnly and SameSite=Lax", async ({ page, context }) => {
    await signIn(page, "official@demo.local");
    await expectDashboard(page);
    const session = (await context.cookies()).find((cookie) => cookie.name.endsWith("portal.session"));
    expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });
    // About a working day, not a browser lifetime.
    expect(session!.expires * 1000 - Date.now()).toBeLessThanOrEqual(8 * 60 * 60 * 1000 + 60_000);
  });

  test("deactivating a signed-in user ends their session at once", async ({ page }) => {
    const db = testDb();
    const email = `deactivated-${Date.now()}@demo.local`;
    await db.user.create({ data: { email, name: "Soon inactive", role: "OFFICIAL", passwordHash: await hashPassword(DEMO_PASSWORD) } });
    await signIn(page, email);
    await expectDashboard(page);
    await db.user.update({ where: { email }, data: { active: false, sessionVersion: { increment: 1 } } });
    await db.$disconnect();
    await page.goto("/admin");
    await expect(page).toHaveURL(/\/login\?next=%2Fadmin$/);
  });

  test("signing out ends the session", async ({ page }) => {
    await signIn(page, "official@demo.local");
    await expectDashboard(page);
    await page.getByRole("button", { name: t("vi", "auth", "signOut") }).click();
    await expect(page).toHaveURL(/\/login\?signedOut=1$/);
    await expect(page.getByText(t("vi", "auth", "signIn.signedOut"))).toBeVisible();
    await page.goto("/admin");
    await expect(page).toHaveURL(/\/login\?next=%2Fadmin$/);
  });

  test("signing in works without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await signIn(page, "official@demo.local", "wrong");
    await expect(page.getByText(t("vi", "errors", "signIn.credentials"))).toBeVisible();
    await expect(page.getByLabel(t("vi", "auth", "signIn.email"))).toHaveValue("official@demo.local");
    await signIn(page, "official@demo.local");
    await expectDashboard(page);
    await context.close();
  });
});
