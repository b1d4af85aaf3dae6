import { expect, test } from "@playwright/test";
import { expectDashboard, signIn, t } from "./fixtures";

test.describe("[ADMIN] managing users and settings", () => {
  test("an administrator creates an account; bad input is explained and kept", async ({ page }) => {
    await signIn(page, "admin@demo.local");
    await expectDashboard(page);
    await page.goto("/admin/users/new");
    const email = `new-${Date.now()}@demo.local`;
    await page.getByLabel(t("vi", "admin", "users.fields.name")).fill("Lò Thị Mai");
    await page.getByLabel(t("vi", "admin", "users.fields.email")).fill(email);
    await page.getByLabel(t("vi", "admin", "users.fields.role")).selectOption("COMMUNE_CADRE");
    await page.getByLabel(t("vi", "admin", "users.fields.password")).fill("short");
    await page.getByRole("button", { name: t("vi", "admin", "users.new") }).click();

    // A summary at the top linking to each problem, and each message next to its field.
    const summary = page.getByRole("status").first();
    await expect(summary).toContainText(t("vi", "errors", "form.invalid"));
    await expect(summary.getByRole("link", { name: t("vi", "errors", "commune.required") })).toHaveAttribute(
      "href",
      /^#field-communeId(-\S+)?$/,
    );
    await expect(summary.getByRole("link", { name: t("vi", "errors", "password.tooShort") })).toBeVisible();
    await expect(page.getByLabel(t("vi", "admin", "users.fields.commune"))).toHaveAccessibleDescription(
      t("vi", "errors", "commune.required"),
    );
    await expect(page.getByLabel(t("vi", "admin", "users.fields.password"))).toHaveAccessibleDescription(
      new RegExp(t("vi", "errors", "password.tooShort").replace(/[.*+?^${}()|[\]\\]/g, "\\$&")),
    );
    await expect(page.getByLabel(t("vi", "admin", "users.fields.password"))).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel(t("vi", "admin", "users.fields.name"))).toHaveValue("Lò Thị Mai");
    await expect(page.getByLabel(t("vi", "admin", "users.fields.email"))).toHaveValue(email);
    await expect(page.getByLabel(t("vi", "admin", "users.fields.role"))).toHaveValue("COMMUNE_CADRE");

    await page.getByLabel(t("vi", "admin", "users.fields.commune")).selectOption({ label: "Xã Hồng Quang" });
    await page.getByLabel(t("vi", "admin", "users.fields.password")).fill("Matkhau2026");
    await page.getByRole("button", { name: t("vi", "admin", "users.new") }).click();
    await expect(page).toHaveURL(/\/admin\/users\/[^/?]+\?created=1$/);
    await expect(page.getByRole("heading", { level: 1, name: "Lò Thị Mai" })).toBeVisible();

    await page.goto("/admin/audit");
    await expect(page.getByRole("cell", { name: t("vi", "admin", "audit.actions.user.created") }).first()).toBeVisible();
  });

  test("portal settings change the header on the public site", async ({ page }) => {
    await signIn(page, "admin@demo.local");
    await expectDashboard(page);
    await page.goto("/admin/settings");
    const name = `Cổng thử nghiệm ${Date.now()}`;
    await page.getByLabel(t("vi", "admin", "settings.portalNameVi")).fill(name);
    await page.getByRole("button", { name: t("vi", "admin", "common.save") }).click();
    await expect(page.getByText(t("vi", "admin", "settings.saved"))).toBeVisible();
    await page.goto("/vi");
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    // Restore the default for the other tests.
    await page.goto("/admin/settings");
    await page.getByLabel(t("vi", "admin", "settings.portalNameVi")).fill("");
    await page.getByRole("button", { name: t("vi", "admin", "common.save") }).click();
    await expect(page.getByText(t("vi", "admin", "settings.saved"))).toBeVisible();
  });
});
