/* eslint-disable max-lines -- the everyday journeys of a reader at 320 px, sharing one browser setup */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { hashPassword } from "@/lib/auth/password";
import { slugify } from "@/lib/text/slug";
import { configureOutbox, smtpTo } from "../fixtures/outbox";
import { startSmtpReceiver } from "../fixtures/smtp-receiver";
import { DEMO_PASSWORD, expectDashboard, signIn, t, testDb } from "./fixtures";

const e = (key: string, params?: Record<string, unknown>) => t("vi", "everyday", key, params);
const d = (key: string, params?: Record<string, unknown>) => t("vi", "documents", key, params);

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

/** Every public page a resident reaches, by address (details looked up in the demo data). */
async function publicPages(): Promise<string[]> {
  const db = testDb();
  try {
    const [article, law, notice, product, producer, question, library] = await Promise.all([
      db.articleTranslation.findFirstOrThrow({
        where: { locale: "vi", article: { kind: "POLICY", state: "PUBLISHED" } },
        select: { slug: true },
      }),
      db.articleTranslation.findFirstOrThrow({
        where: { locale: "vi", article: { kind: "LAW", state: "PUBLISHED" } },
        select: { slug: true },
      }),
      db.notice.findFirstOrThrow({
        where: { state: "ISSUED", category: "DISASTER", expiresAt: { gt: new Date() } },
        select: { seriesId: true },
      }),
      db.productTranslation.findFirstOrThrow({ where: { locale: "vi", product: { published: true } }, select: { slug: true } }),
      db.producer.findFirstOrThrow({ where: { published: true }, select: { slug: true } }),
      db.forumQuestion.findFirstOrThrow({
        where: { publishedAt: { not: null }, mergedIntoId: null, state: { not: "REJECTED" } },
        select: { number: true },
      }),
      db.libraryItem.findFirstOrThrow({ where: { state: "PUBLISHED" }, select: { id: true } }),
    ]);
    return [
      "/vi",
      "/vi/news",
      `/vi/news/${article.slug}`,
      "/vi/law",
      `/vi/law/${law.slug}`,
      "/vi/documents",
      "/vi/documents/414-qd-ttg-2019",
      "/vi/notices",
      `/vi/notices/${notice.seriesId}`,
      "/vi/products",
      `/vi/products/${product.slug}`,
      `/vi/producers/${producer.slug}`,
      "/vi/communes",
      "/vi/communes/minh-dan",
      "/vi/data",
      "/vi/forum",
      `/vi/forum/${question.number}`,
      "/vi/forum/ask",
      "/vi/forum/track",
      "/vi/library",
      `/vi/library/${library.id}`,
      `/vi/search?q=${encodeURIComponent("bảo hiểm")}`,
      "/vi/contact",
    ];
  } finally {
    await db.$disconnect();
  }
}

test.describe("[EVERYDAY] residents on a phone", () => {
  test("no page scrolls sideways at 320 px with the largest text", async ({ browser, baseURL }) => {
    test.setTimeout(240_000);
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    await context.addCookies([{ name: "portal_text_size", value: "3", url: baseURL! }]);
    const page = await context.newPage();
    const overflowing: string[] = [];
    for (const path of await publicPages()) {
      await page.goto(path);
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      if (scrollWidth > clientWidth) overflowing.push(`${path}: ${scrollWidth} > ${clientWidth}`);
    }
    expect(overflowing).toEqual([]);
    await context.close();
  });

  test("the page's own heading starts within the first 400 px at 390 px", async ({ browser }) => {
    test.setTimeout(240_000);
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const low: string[] = [];
    for (const path of await publicPages()) {
      await page.goto(path);
      const top = await page
        .locator("main h1")
        .first()
        .evaluate((h1) => h1.getBoundingClientRect().top + window.scrollY);
      if (top > 400) low.push(`${path}: ${Math.round(top)} px`);
    }
    expect(low).toEqual([]);
    await context.close();
  });

  test("the menu and the languages open without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto("/vi");
    const menu = page.getByTestId("site-menu");
    const sections = menu.getByRole("navigation", { name: t("vi", "common", "nav.label") });
    await expect(sections).toBeHidden();
    await menu.getByText(t("vi", "common", "nav.menu")).click();
    await expect(sections.getByRole("link", { name: t("vi", "common", "nav.documents") })).toBeVisible();
    await sections.getByRole("link", { name: t("vi", "common", "nav.contact") }).click();
    await expect(page).toHaveURL(/\/vi\/contact$/);
    await page.getByTestId("language-menu").locator("summary").click();
    await expect(page.getByTestId("language-menu").getByRole("link", { name: "English" })).toBeVisible();
    await context.close();
  });

  test("a favicon and a web app manifest are served", async ({ request }) => {
    expect((await request.get("/favicon.ico")).status()).toBe(200);
    const manifest = await request.get("/manifest.webmanifest");
    expect(manifest.status()).toBe(200);
    expect((await manifest.json()).start_url).toBe("/vi");
  });
});

test.describe("[EVERYDAY] who to call", () => {
  test("the contact page, a commune's office and a disaster notice give tap-to-call links", async ({ page }) => {
    await page.goto("/vi/contact");
    await expect(page.getByRole("heading", { level: 1, name: e("contact.title") })).toBeVisible();
    for (const number of ["112", "113", "114", "115"]) {
      await expect(page.getByRole("link", { name: new RegExp(`^${number}`) })).toHaveAttribute("href", `tel:${number}`);
    }
    await expect(page.getByRole("link", { name: "0200 000 0001" })).toHaveAttribute("href", /^tel:\+?[0-9]+$/);

    await page.goto("/vi/communes/minh-dan");
    await expect(page.getByRole("heading", { name: e("contact.officeOf", { commune: "Xã Minh Dân" }) })).toBeVisible();
    await expect(page.getByRole("link", { name: "0200 000 0001" })).toHaveAttribute("href", "tel:+842000000001");
    await expect(page.getByText(e("contact.demoValues"))).toBeVisible();

    await page.goto("/vi/notices");
    await page
      .getByRole("main")
      .getByRole("link", { name: /Cảnh báo lũ quét, sạt lở đất/ })
      .first()
      .click();
    const emergency = page.getByRole("region", { name: e("emergency.heading") });
    for (const number of ["112", "113", "114", "115"]) {
      await expect(emergency.getByRole("link", { name: new RegExp(`^${number}`) })).toHaveAttribute("href", `tel:${number}`);
    }
    await expect(page.getByText(e("notice.issuedBy"))).toBeVisible();
    // Feeds are for other systems: at the end, not first.
    await expect(page.getByText(e("feeds.forOtherSystems"))).toBeVisible();
  });
});

test.describe("[EVERYDAY] legal documents register", () => {
  test("414/QĐ-TTg is found by '414 qd ttg' and links its explaining article both ways", async ({ page }) => {
    await page.goto("/vi/documents");
    await page.getByRole("searchbox", { name: d("list.q") }).fill("414 qd ttg");
    await page.getByRole("button", { name: d("list.apply") }).click();
    const result = page.getByRole("main").getByRole("listitem").first();
    await expect(result).toContainText("414/QĐ-TTg");
    await result.getByRole("link").click();
    await expect(page.getByRole("heading", { level: 1, name: "414/QĐ-TTg" })).toBeVisible();
    await expect(page.getByText(d("detail.fileToBeAttached"))).toBeVisible();
    const explained = page.getByRole("region", { name: d("detail.explainedBy") });
    await explained.getByRole("link", { name: "Cổng thông tin này được làm ra để làm gì?" }).click();
    const cited = page.getByRole("region", { name: d("article.heading") });
    await expect(cited.getByRole("link", { name: "414/QĐ-TTg" })).toBeVisible();
    await cited.getByRole("link", { name: "64/KH-UBND" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "64/KH-UBND" })).toBeVisible();
  });

  test("the site search finds the document by number and reads BHYT as health insurance", async ({ page }) => {
    await page.goto(`/vi/search?q=${encodeURIComponent("414 qd ttg")}`);
    await expect(page.getByRole("main").getByRole("listitem").first()).toContainText("414/QĐ-TTg");
    await page.goto("/vi/search?q=BHYT");
    await expect(page.getByRole("link", { name: "Thẻ bảo hiểm y tế giúp gì cho gia đình bạn?" })).toBeVisible();
  });

  test("axe stays clean on the new pages", async ({ page }) => {
    for (const path of ["/vi/documents", "/vi/documents/414-qd-ttg-2019", "/vi/contact", "/login/forgot"]) {
      await page.goto(path);
      await expectNoSeriousViolations(page);
    }
    await signIn(page, "admin@demo.local");
    await expectDashboard(page);
    for (const path of ["/admin/documents", "/admin/documents/new", "/admin/search-synonyms", "/admin/audit"]) {
      await page.goto(path);
      await expectNoSeriousViolations(page);
    }
  });
});

test.describe("[EVERYDAY] a back office that says what to do next", () => {
  test("the cadre sees a returned draft with its comment at the top of the dashboard", async ({ page }) => {
    const db = testDb();
    const title = `Tin xã trả lại ${Date.now()}`;
    try {
      const cadre = await db.user.findUniqueOrThrow({ where: { email: "cadre.minhdan@demo.local" } });
      await db.article.create({
        data: {
          kind: "COMMUNE_UPDATE",
          state: "DRAFT",
          communeId: cadre.communeId,
          authorId: cadre.id,
          reviewComment: "Hãy thêm ngày họp thôn.",
          translations: { create: { locale: "vi", title, slug: slugify(title), summary: "Tóm tắt.", body: "Nội dung." } },
        },
      });
    } finally {
      await db.$disconnect();
    }
    await signIn(page, "cadre.minhdan@demo.local");
    await expectDashboard(page);
    const tasks = page.getByRole("region", { name: /Việc của bạn/ });
    await expect(tasks.getByRole("link", { name: title })).toBeVisible();
    await expect(tasks.getByText("Hãy thêm ngày họp thôn.")).toBeVisible();
    // The tasks come before the general figures.
    const tasksTop = await tasks.evaluate((el) => el.getBoundingClientRect().top);
    const figuresTop = await page.getByRole("heading", { name: e("tasks.figures") }).evaluate((el) => el.getBoundingClientRect().top);
    expect(tasksTop).toBeLessThan(figuresTop);
  });

  test("the editor's preview renders headings and lists like the public page", async ({ page }) => {
    const title = "Chính sách hỗ trợ hộ nghèo làm nhà ở";
    const styles = (locator: ReturnType<Page["locator"]>) =>
      locator.evaluate((root) => {
        const pick = (selector: string) => {
          const el = root.querySelector(selector);
          if (!el) return null;
          const s = getComputedStyle(el);
          return {
            fontSize: s.fontSize,
            fontWeight: s.fontWeight,
            listStyleType: s.listStyleType,
            paddingLeft: s.paddingLeft,
            marginTop: s.marginTop,
          };
        };
        return { h2: pick("h2"), ul: pick("ul"), ol: pick("ol"), li: pick("li") };
      });
    await page.goto(`/vi/news/${slugify(title)}`);
    const publicStyles = await styles(page.locator(".article-body").first());
    expect(publicStyles.h2).not.toBeNull();
    expect(publicStyles.ol).not.toBeNull();
    await signIn(page, "official@demo.local");
    await expectDashboard(page);
    await page.goto(`/admin/articles?q=${encodeURIComponent(title)}`);
    await page.getByRole("link", { name: title }).click();
    // The preview is a client component: a click before the editor's script has run does nothing.
    await page.waitForLoadState("networkidle");
    await page.getByRole("button", { name: t("vi", "admin", "articles.editor.preview") }).click();
    const preview = page.getByTestId("markdown-preview");
    await expect(preview.locator("h2").first()).toBeVisible();
    expect(await styles(preview)).toEqual(publicStyles);
  });
});

test.describe("[EVERYDAY] forgotten password", () => {
  test("a link arrives by mail, works once, and expires", async ({ browser }) => {
    test.setTimeout(120_000);
    const smtp = await startSmtpReceiver();
    const db = testDb();
    const email = `reset.${Date.now()}@demo.local`;
    const firstNew = "Matkhaumoi2026";
    try {
      await configureOutbox(db, { email: smtpTo(smtp.port) });
      await db.user.create({
        data: { email, name: "Người thử quên mật khẩu", role: "OFFICIAL", passwordHash: await hashPassword(DEMO_PASSWORD) },
      });

      const page = await (await browser.newContext()).newPage();
      const ask = async () => {
        await page.goto("/login");
        await page.getByRole("link", { name: e("reset.forgotLink") }).click();
        await page.getByLabel(e("reset.email")).fill(email);
        await page.getByRole("button", { name: e("reset.send") }).click();
        await expect(page.getByText(e("reset.requested"))).toBeVisible();
      };
      const linkFromMail = async (index: number) => {
        await expect.poll(() => smtp.mails.filter((mail) => mail.to.includes(email)).length, { timeout: 30_000 }).toBeGreaterThan(index);
        const mail = smtp.mails.filter((m) => m.to.includes(email))[index]!;
        expect(mail.subject).toBe(e("reset.mailSubject"));
        const link = /https?:\/\/\S+\/login\/reset\?token=[A-Za-z0-9_%-]+/.exec(mail.text)?.[0];
        expect(link).toBeTruthy();
        return new URL(link!).pathname + new URL(link!).search;
      };

      await ask();
      const first = await linkFromMail(0);
      await page.goto(first);
      await page.getByLabel(new RegExp(`^${e("reset.newPassword")}`)).fill(firstNew);
      await page.getByLabel(e("reset.confirmPassword")).fill(firstNew);
      await page.getByRole("button", { name: e("reset.save") }).click();
      await expect(page.getByText(e("reset.done"))).toBeVisible();
      await signIn(page, email, firstNew);
      await expectDashboard(page);

      // Once only.
      const again = await (await browser.newContext()).newPage();
      await again.goto(first);
      await again.getByLabel(new RegExp(`^${e("reset.newPassword")}`)).fill("Matkhaukhac2026");
      await again.getByLabel(e("reset.confirmPassword")).fill("Matkhaukhac2026");
      await again.getByRole("button", { name: e("reset.save") }).click();
      await expect(again.getByText(t("vi", "errors", "reset.invalid"))).toBeVisible();

      // Expired.
      await page.context().clearCookies();
      await ask();
      const second = await linkFromMail(1);
      await db.passwordResetToken.updateMany({
        where: { user: { email }, usedAt: null },
        data: { expiresAt: new Date(Date.now() - 60_000) },
      });
      await again.goto(second);
      await again.getByLabel(new RegExp(`^${e("reset.newPassword")}`)).fill("Matkhaukhac2026");
      await again.getByLabel(e("reset.confirmPassword")).fill("Matkhaukhac2026");
      await again.getByRole("button", { name: e("reset.save") }).click();
      await expect(again.getByText(t("vi", "errors", "reset.invalid"))).toBeVisible();
    } finally {
      await db.setting.deleteMany({ where: { key: "outbox" } }).catch(() => {});
      await db.$disconnect();
      await smtp.close();
    }
  });
});
