/* eslint-disable max-lines -- end to end against a real SMTP server and SMS gateway started once for the whole journey */
/**
 * Reaching residents (issue 14), end to end against the production build and its outbox worker:
 * a real SMTP server and a local SMS gateway started by the test receive what the portal sends.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import http from "node:http";
import { smsCost } from "../../lib/outbox/sms";
import { configureOutbox } from "../fixtures/outbox";
import { startGatewayStub } from "../fixtures/sms-gateway";
import { startSmtpReceiver } from "../fixtures/smtp-receiver";
import { expectDashboard, signIn, t, testDb } from "./fixtures";

const r = (key: string, params?: Record<string, unknown>) => t("vi", "reach", key, params);
const n = (key: string, params?: Record<string, unknown>) => t("vi", "notices", key, params);
const f = (key: string, params?: Record<string, unknown>) => t("vi", "forum", key, params);
const provinceInput = (time: number) => new Date(time + 7 * 3_600_000).toISOString().slice(0, 16);

let smtp: Awaited<ReturnType<typeof startSmtpReceiver>>;
let gateway: Awaited<ReturnType<typeof startGatewayStub>>;
const db = testDb();
const stamp = Date.now();
const residentMail = `dan.${stamp}@example.org`;
const residentPhone = "0912345678";
const relayPhone = "0987001122";
let codePage = "";

test.beforeAll(async () => {
  smtp = await startSmtpReceiver();
  gateway = await startGatewayStub();
  await configureOutbox(db, {
    email: {
      transport: "smtp",
      ratePerSecond: 50,
      smtp: { host: "127.0.0.1", port: smtp.port, secure: false, from: "Cổng thông tin <no-reply@portal.test>" },
    },
    sms: { transport: "http", ratePerSecond: 50, http: { url: gateway.url } },
  });
  // The register: one prestigious person of Minh Dân with a phone and a recorded consent.
  const minhDan = await db.adminUnit.findUniqueOrThrow({ where: { slug: "minh-dan" } });
  const village = await db.adminUnit.findFirstOrThrow({ where: { parentId: minhDan.id } });
  await db.prestigiousPerson.updateMany({ data: { relayConsentAt: null } });
  await db.prestigiousPerson.create({
    data: {
      name: `Người thử nghiệm ${stamp}`,
      groupId: (await db.ethnicGroup.findFirstOrThrow()).id,
      villageId: village.id,
      communeId: minhDan.id,
      role: "Già làng",
      phone: relayPhone,
      relayConsentAt: new Date(),
      yearRecognised: 2020,
    },
  });
});
test.afterAll(async () => {
  await smtp?.close();
  await gateway?.close();
  await db.$disconnect();
});

/** A GET with the Host header chosen by the test (a browser always sends the real one). */
function rawGet(path: string, host: string): Promise<{ status: number; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const request = http.get({ host: "127.0.0.1", port: Number(process.env.E2E_PORT ?? 3100), path, headers: { host } }, (response) => {
      response.resume();
      resolve({ status: response.statusCode ?? 0, headers: response.headers });
    });
    request.on("error", reject);
  });
}

async function noJs(browser: Browser): Promise<Page> {
  return (await browser.newContext({ javaScriptEnabled: false })).newPage();
}

function mailLink(text: string, path: RegExp): string {
  const link = text.match(new RegExp(`https?://\\S+${path.source}\\S*`))?.[0];
  expect(link, text).toBeTruthy();
  return new URL(link!).pathname;
}

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
}

async function subscribe(page: Page, channel: "EMAIL" | "SMS", address: string) {
  await page.goto("/vi/notices");
  await page
    .getByRole("link", { name: r("subscribe.link") })
    .first()
    .click();
  await expect(page.getByRole("heading", { level: 1, name: r("subscribe.title") })).toBeVisible();
  const form = page.getByRole("form", { name: r("subscribe.noticesTitle") });
  await form.getByLabel(r("subscribe.commune")).selectOption({ label: "Xã Minh Dân" });
  await form.getByLabel(r("subscribe.minSeverity")).selectOption("SEVERE");
  await form.getByLabel(r("subscribe.channel")).selectOption(channel);
  await form.getByLabel(r("subscribe.address")).fill(address);
  await form.getByLabel(r("subscribe.consent")).check();
  await form.getByRole("button", { name: r("subscribe.submit") }).click();
}

test.describe("[REACH] subscriptions, notices to phones and mailboxes, relays", () => {
  test("a resident subscribes without JavaScript and confirms by mail; the cadre's severe notice reaches mail, SMS and the prestigious person, who acknowledges; one-step unsubscribe", async ({
    browser,
  }) => {
    test.setTimeout(240_000);
    // E-mail: the confirmation mail arrives at the real SMTP server; its link confirms.
    const resident = await noJs(browser);
    await subscribe(resident, "EMAIL", residentMail);
    await expect(resident.getByText(r("subscribe.sentEmail"))).toBeVisible();
    await smtp.waitFor(() => smtp.to(residentMail).length === 1, 30_000);
    const confirmation = smtp.to(residentMail)[0]!;
    expect(confirmation.subject).toBe(r("messages.confirmSubject"));
    await resident.goto(mailLink(confirmation.text, /\/vi\/subscribe\/confirm\//));
    await resident.getByRole("button", { name: r("subscribe.confirm.linkSubmit") }).click();
    await expect(resident.getByText(r("subscribe.confirm.done"))).toBeVisible();
    await expect(resident.getByText("Xã Minh Dân")).toBeVisible(); // the consent as recorded

    // SMS: the code arrives at the gateway; typed on the page it confirms.
    const phone = await noJs(browser);
    await subscribe(phone, "SMS", "0912 345 678");
    await expect(phone.getByLabel(r("subscribe.confirm.code"))).toBeVisible();
    codePage = phone.url();
    await gateway.waitFor(() => gateway.requests.some((request) => request.json?.to === residentPhone), 30_000);
    const code = String(gateway.requests.find((request) => request.json?.to === residentPhone)!.json!.text).match(/\d{6}/)![0];
    await phone.getByLabel(r("subscribe.confirm.code")).fill(code);
    await phone.getByRole("button", { name: r("subscribe.confirm.codeSubmit") }).click();
    await expect(phone.getByText(r("subscribe.confirm.done"))).toBeVisible();

    // The cadre writes a severe flash-flood notice; before issuing, the editor shows whom it reaches.
    const cadre = await (await browser.newContext()).newPage();
    await signIn(cadre, "cadre.minhdan@demo.local");
    await expectDashboard(cadre);
    const headline = `Cảnh báo lũ quét ${stamp}`;
    await cadre.goto("/admin/notices/new");
    await cadre.getByLabel(n("admin.fields.category")).selectOption("DISASTER");
    await cadre.getByLabel(n("admin.fields.hazard")).selectOption("FLASH_FLOOD");
    await cadre.getByLabel(n("admin.fields.severity")).selectOption("SEVERE");
    await cadre.getByRole("checkbox", { name: "Xã Minh Dân", exact: true }).check();
    await cadre.getByLabel(n("admin.fields.expiresAt")).fill(provinceInput(Date.now() + 6 * 3_600_000));
    await cadre.getByLabel(n("admin.fields.headline")).fill(headline);
    await cadre
      .getByRole("textbox", { name: n("admin.fields.description"), exact: true })
      .fill("Mưa lớn trên thượng nguồn, nước suối lên nhanh.");
    await cadre.getByRole("textbox", { name: n("admin.fields.instruction"), exact: true }).fill("Không qua suối. Lên chỗ cao ngay.");
    await cadre.getByRole("button", { name: t("vi", "admin", "common.save") }).click();
    await expect(cadre).toHaveURL(/\/admin\/notices\/[^/?]+\?done=created$/);
    const preview = cadre.getByRole("region", { name: r("preview.title") });
    await expect(preview).toContainText(r("preview.subscribers", { email: 1, sms: 1, zalo: 0 }));
    await expect(preview).toContainText(r("preview.relays", { count: 1 }));
    await expect(preview.locator("[data-sms-segments]")).toBeVisible();
    const segments = Number(await preview.locator("[data-sms-segments]").getAttribute("data-sms-segments"));
    expect(segments).toBeGreaterThan(0);
    const issue = cadre.getByRole("form", { name: n("admin.editor.issue"), exact: true });
    await issue.getByRole("button", { name: n("admin.editor.issue"), exact: true }).click();
    await expect(cadre.getByText(n("admin.issued"), { exact: true })).toBeVisible();

    // The mail arrives (Vietnamese: the resident's language) with a one-step unsubscribe.
    await smtp.waitFor(() => smtp.to(residentMail).length === 2, 30_000);
    const alert = smtp.to(residentMail)[1]!;
    expect(alert.subject).toContain(headline);
    expect(alert.text).toContain("Lên chỗ cao ngay.");
    expect(alert.headers["list-unsubscribe"]).toMatch(/\/api\/subscriptions\/unsubscribe\//);
    // The SMS subscriber and the prestigious person get it at the gateway, without diacritics.
    await gateway.waitFor(
      () =>
        gateway.requests.filter((request) => request.json?.to === residentPhone).length === 2 &&
        gateway.requests.some((request) => request.json?.to === relayPhone),
      30_000,
    );
    expect(String(gateway.requests.filter((request) => request.json?.to === residentPhone)[1]!.json!.text)).toContain("Len cho cao ngay.");
    const relaySms = String(gateway.requests.find((request) => request.json?.to === relayPhone)!.json!.text);
    // The SMS ends with the short unsubscribe link on the configured address, and costs exactly
    // the segments the editor showed.
    const phoneSms = String(gateway.requests.filter((request) => request.json?.to === residentPhone)[1]!.json!.text);
    const phoneSubscription = await db.subscription.findFirstOrThrow({
      where: { address: residentPhone, channel: "SMS", state: "ACTIVE" },
    });
    const shortLink = `http://localhost:${process.env.E2E_PORT ?? 3100}/u/${phoneSubscription.shortCode}`;
    expect(phoneSms.endsWith(shortLink), phoneSms).toBe(true);
    expect(phoneSms).not.toContain("/subscribe/manage/");
    expect(smsCost(phoneSms).segments).toBe(segments);

    // Unsubscribe in one step from the mail's link.
    await resident.goto(mailLink(alert.text, /\/vi\/subscribe\/manage\//));
    await resident.getByRole("button", { name: r("subscribe.manage.withdraw") }).click();
    await expect(resident.getByText(r("subscribe.manage.withdrawn"))).toBeVisible();
    expect(await db.subscription.count({ where: { address: residentMail, state: "WITHDRAWN" } })).toBe(1);

    // The SMS short link: whatever Host is sent, it leads to the configured address, privately.
    const answer = await rawGet(new URL(shortLink).pathname, "evil.example");
    expect(answer.status).toBe(307);
    expect(answer.headers.location).toMatch(new RegExp(`^http://localhost:${process.env.E2E_PORT ?? 3100}/vi/subscribe/manage/`));
    expect(answer.headers["cache-control"]).toContain("no-store");
    // Followed on the phone (no JavaScript): one button withdraws, recorded with the consent.
    await phone.goto(new URL(shortLink).pathname);
    await expect(phone).toHaveURL(/\/vi\/subscribe\/manage\//);
    await phone.getByRole("button", { name: r("subscribe.manage.withdraw") }).click();
    await expect(phone.getByText(r("subscribe.manage.withdrawn"))).toBeVisible();
    expect(await db.subscription.findUniqueOrThrow({ where: { id: phoneSubscription.id } })).toMatchObject({
      state: "WITHDRAWN",
      withdrawnAt: expect.any(Date),
    });
    expect(await db.auditLog.count({ where: { action: "subscription.withdrawn", entityId: phoneSubscription.id } })).toBe(1);
    expect((await rawGet("/u/0000000000", "localhost")).status).toBe(404);

    // The prestigious person taps their personal link: received.
    const person = await noJs(browser);
    await person.goto(new URL(relaySms.match(/https?:\/\/\S+\/vi\/relay\/\S+/)![0]).pathname);
    await expect(person.getByText("Canh bao lu quet", { exact: false }).or(person.getByText(headline))).toBeVisible();
    await person.getByRole("button", { name: r("relay.received") }).click();
    await expect(person.getByText(r("relay.receivedDone", { time: "@" }).split("@")[0]!)).toBeVisible();
    await expect(person.getByRole("button", { name: r("relay.received") })).toHaveCount(0);

    // The cadre's dashboard: 1 of 1 prestigious persons confirmed.
    await cadre.goto("/admin");
    const figures = cadre.getByRole("region", { name: r("relays.dashboard") });
    await expect(figures.getByRole("listitem").filter({ hasText: headline }).locator("[data-relay-received]")).toHaveText(
      r("relays.ofTotal", { acknowledged: 1, total: 1 }),
    );

    // The same link lets them stop the messages in one press (without JavaScript): consent withdrawn, audited.
    await person.getByRole("button", { name: r("relay.stop") }).click();
    // The page that comes back says so in place of the button (and says it again on a later visit).
    await expect(person.getByRole("status").filter({ hasText: r("relay.stoppedState") })).toBeVisible();
    await person.reload();
    await expect(person.getByText(r("relay.stoppedState"))).toBeVisible();
    await expect(person.getByRole("button", { name: r("relay.stop") })).toHaveCount(0);
    expect(
      (await db.prestigiousPerson.findFirstOrThrow({ where: { phone: relayPhone }, orderBy: { createdAt: "desc" } })).relayConsentAt,
    ).toBeNull();
    expect(await db.auditLog.count({ where: { action: "relay.consentWithdrawn" } })).toBeGreaterThanOrEqual(1);
  });

  test("a resident who ticked 'tell me when answered' gets the mail when the cadre's answer is published", async ({ browser }) => {
    test.setTimeout(180_000);
    const asker = `hoi.${stamp}@example.org`;
    const page = await noJs(browser);
    await page.goto("/vi/forum/ask");
    await page.getByLabel(f("ask.body")).fill(`Xin hỏi thủ tục cấp sổ đỏ cho đất vườn của gia đình (${stamp})`);
    await page.getByLabel(f("ask.topic")).selectOption({ label: f("topics.LAND") });
    await page.getByLabel(f("ask.commune")).selectOption({ label: "Xã Minh Dân" });
    await page.getByLabel(r("subscribe.notify")).check();
    await page.getByLabel(r("subscribe.notifyAddress")).fill(asker);
    await page.getByLabel(f("ask.consent")).check();
    await page.getByRole("button", { name: f("ask.submit") }).click();
    await expect(page.getByText(r("subscribe.notifySent"))).toBeVisible();
    await smtp.waitFor(() => smtp.to(asker).length === 1, 30_000);
    await page.goto(mailLink(smtp.to(asker)[0]!.text, /\/vi\/subscribe\/confirm\//));
    await page.getByRole("button", { name: r("subscribe.confirm.linkSubmit") }).click();
    await expect(page.getByText(r("subscribe.confirm.done"))).toBeVisible();

    const question = await db.forumQuestion.findFirstOrThrow({ where: { body: { contains: String(stamp) } } });
    const official = await (await browser.newContext()).newPage();
    await signIn(official, "official@demo.local");
    await expectDashboard(official);
    await official.goto(`/admin/forum/${question.id}`);
    const publish = official.getByRole("form", { name: f("admin.detail.publish") });
    await publish.getByRole("button", { name: f("admin.detail.publish") }).click();
    await expect(official.getByText(f("admin.done.published"))).toBeVisible();
    expect(smtp.to(asker)).toHaveLength(1); // no answer yet, no mail

    const cadre = await (await browser.newContext()).newPage();
    await signIn(cadre, "cadre.minhdan@demo.local");
    await expectDashboard(cadre);
    await cadre.goto(`/admin/forum/${question.id}`);
    const answerForm = cadre.getByRole("form", { name: f("admin.detail.publishAnswer") });
    await answerForm.getByLabel(f("admin.detail.answerBody")).fill("Anh mang giấy tờ đến bộ phận một cửa của xã để được hướng dẫn.");
    await answerForm.getByRole("button", { name: f("admin.detail.publishAnswer") }).click();
    await expect(cadre.getByText(f("admin.done.answered"))).toBeVisible();

    await smtp.waitFor(() => smtp.to(asker).length === 2, 30_000);
    const answered = smtp.to(asker)[1]!;
    expect(answered.subject).toBe(r("messages.answeredSubject", { number: question.number }));
    expect(answered.text).toContain("bộ phận một cửa");
    expect(answered.text).toContain(`/vi/forum/${question.id}`);
  });

  test("an official finds a resident's subscriptions by phone (masked) and withdraws one at their request, with the reason", async ({
    page,
  }) => {
    const phone = "0978123456";
    const subscription = await db.subscription.create({
      data: {
        kind: "NOTICES",
        channel: "SMS",
        address: phone,
        state: "ACTIVE",
        consentPurpose: `Cảnh báo ${stamp}`,
        consentAt: new Date(),
      },
    });
    await signIn(page, "official@demo.local");
    await expectDashboard(page);
    await page.goto("/admin/subscribers");
    await page.getByLabel(r("subscribers.query")).fill("+84 978 123 456");
    await page.getByRole("button", { name: r("subscribers.search") }).click();
    const item = page.locator(`[data-subscription="${subscription.id}"]`);
    await expect(item).toContainText("0978…456");
    // A post, audited: the number is in no address the browser keeps or a proxy logs.
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe("/admin/subscribers");
    expect(
      await db.auditLog.count({
        where: { action: "subscription.lookedUp", after: { path: ["found"], array_contains: [subscription.id] } },
      }),
    ).toBe(1);
    await expect(item).toContainText(`Cảnh báo ${stamp}`);
    await expect(page.getByText(phone)).toHaveCount(0);
    await expectNoSeriousViolations(page);
    await item.getByLabel(r("subscribers.reason")).fill("Người dân gọi điện đề nghị dừng nhận tin");
    await item.getByRole("button", { name: r("subscribers.withdraw") }).click();
    // The row now says so (its form, with the success message, is gone).
    await expect(item.locator("[data-subscription-state]")).toHaveText(r("subscribe.manage.states.WITHDRAWN"));
    await expect(item.getByRole("button", { name: r("subscribers.withdraw") })).toHaveCount(0);
    expect(await db.subscription.findUniqueOrThrow({ where: { id: subscription.id } })).toMatchObject({ state: "WITHDRAWN" });
    expect(await db.auditLog.count({ where: { action: "subscription.withdrawnByStaff", entityId: subscription.id } })).toBe(1);
  });

  test("the subscribe form, the code page and an unknown personal link have no serious axe violations", async ({ page }) => {
    // Axe runs in the page, so this one has JavaScript; the pages themselves need none.
    await page.goto("/vi/subscribe");
    await expectNoSeriousViolations(page);
    if (codePage) {
      await page.goto(codePage);
      await expectNoSeriousViolations(page);
    }
    await page.goto("/vi/subscribe/manage/unknown.token");
    await expect(page.getByText(r("subscribe.confirm.invalid"))).toBeVisible();
    await expectNoSeriousViolations(page);
  });
});
