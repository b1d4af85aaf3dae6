import { expect, type Browser, type Page } from "@playwright/test";
import { getT } from "@/lib/i18n/i18next";
import type { Locale } from "@/lib/i18n/config";
import { createPrismaClient } from "@/lib/db-client";
import { DEMO_PASSWORD } from "@/prisma/seed/users";

export { DEMO_PASSWORD };

// Returned by i18next only when the key is in neither the locale nor the Vietnamese fallback.
const MISSING = "\u0000missing translation";

/**
 * Interface strings as the portal shows them (a locale's missing string falls back to
 * Vietnamese, as on the pages). A key found nowhere throws, failing the test: i18next would
 * return the key itself, and a test looking for that text on a page would pass or fail by chance.
 */
export const t = (locale: Locale, ns: Parameters<typeof getT>[1], key: string, params?: Record<string, unknown>) => {
  const text = (getT(locale, ns) as unknown as (key: string, params?: Record<string, unknown>) => string)(key, {
    ...params,
    defaultValue: MISSING,
  });
  if (text === MISSING) throw new Error(`No translation for ${ns}:${key} (${locale}, nor its Vietnamese fallback)`);
  return text;
};

/** Direct database access for arranging a test (same database as the server under test). */
export function testDb() {
  return createPrismaClient(process.env.DATABASE_URL, 1);
}

/** Given a demo user, when they sign in through the form. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel(t("vi", "auth", "signIn.email")).fill(email);
  await page.getByLabel(t("vi", "auth", "signIn.password")).fill(password);
  await page.getByRole("button", { name: t("vi", "auth", "signIn.submit") }).click();
}

export async function expectDashboard(page: Page) {
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole("heading", { level: 1, name: t("vi", "admin", "dashboard.title") })).toBeVisible();
}

/** Given a signed-in user in a fresh browser context (its own cookies, so several users can act at once). */
export async function signedIn(browser: Browser, email: string, options: { javaScriptEnabled?: boolean } = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await signIn(page, email);
  await expectDashboard(page);
  return page;
}

/** `text` as a regular expression matching it literally (titles hold dots and brackets). */
export const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
