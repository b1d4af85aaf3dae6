import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { validateCap } from "../../fixtures/cap";
import { db, resetDatabase, seedBase } from "../helpers";

// Every absolute URL in feeds and CAP alerts comes from PUBLIC_URL. The request below names an
// attacker's host in every header a proxy or a client could set: none of it may appear.
const request = vi.hoisted(() => ({ headers: new Headers() }));
vi.mock("next/cache", () => ({ unstable_cache: <T>(fn: T) => fn, updateTag: () => {}, revalidateTag: () => {}, refresh: () => {} }));
vi.mock("next/headers", () => ({ headers: async () => request.headers }));

const { capAlertsFeed, capDocument, noticesRssFeed } = await import("@/lib/notices/feed");
const { sectionFeed } = await import("@/lib/articles/feed");
const { seedDemoNotices } = await import("@/prisma/seed/notices");

const FORGED = new Headers({ host: "evil.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" });

describe("absolute URLs come from PUBLIC_URL only", () => {
  beforeEach(async () => {
    await resetDatabase();
    await seedBase();
    await seedDemoNotices(db);
  });
  afterEach(() => vi.unstubAllEnvs());

  it("a forged Host reaches no feed and no CAP alert", async () => {
    vi.stubEnv("PUBLIC_URL", "https://dantoc.example.gov.vn");
    request.headers = FORGED;
    const bodies = await Promise.all([
      capAlertsFeed().then((r) => r.text()),
      capDocument("demo-lu-quet-minh-dan-thuong-lam").then((r) => r.text()),
      noticesRssFeed("vi").then((r) => r.text()),
      sectionFeed("news", "vi").then((r) => r.text()),
    ]);
    for (const body of bodies) {
      expect(body).not.toContain("evil.example");
      expect(body).toContain("https://dantoc.example.gov.vn/");
    }
    const cap = bodies[1]!;
    expect(cap).toContain("<sender>cap@dantoc.example.gov.vn</sender>");
    expect(cap).toContain("<identifier>dantoc.example.gov.vn:notice:demo-lu-quet-minh-dan-thuong-lam</identifier>");
    expect(cap).toContain("<web>https://dantoc.example.gov.vn/vi/notices/");
  });

  it.each(["http://127.0.0.1:3020", "http://[::1]:3020", "http://10.20.30.40"])(
    "the alert feed and its CAP documents answer on an intranet address (%s)",
    async (address) => {
      vi.stubEnv("PUBLIC_URL", address);
      request.headers = new Headers({ host: new URL(address).host });
      const feed = await capAlertsFeed();
      expect(feed.status).toBe(200);
      expect(await feed.text()).toContain(`${address}/cap/demo-lu-quet-minh-dan-thuong-lam.xml`);
      const cap = await capDocument("demo-lu-quet-minh-dan-thuong-lam");
      expect(cap.status).toBe(200);
      expect((await validateCap(await cap.text())).valid).toBe(true);
    },
  );
});
