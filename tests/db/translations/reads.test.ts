/**
 * Read counts (lib/articles/reads.ts, app/api/internal/reads): what the front server counted is
 * added per article in one statement, whatever the language of the address; only the front
 * server's secret is accepted. The translation queue's order: active notices (most severe
 * first), then the most-read articles, then products, then library items.
 */
import { beforeAll, describe, expect, it, vi } from "vitest";
import { communeBySlug, db, resetDatabase, seedBase, userByEmail } from "../helpers";

vi.mock("next/cache", () => ({ refresh: () => {}, updateTag: () => {}, revalidateTag: () => {}, unstable_cache: <T>(fn: T) => fn }));

const { addArticleReads, articleSlugOfPath } = await import("@/lib/articles/reads");
const { translationQueue } = await import("@/lib/translations/queries");
const { POST } = await import("@/app/api/internal/reads/route");
const { makeArticle } = await import("../articles/fixtures");
const { makeProducer, makeProduct } = await import("../products/fixtures");
const { makeLibraryItem } = await import("../library/fixtures");

const TOKEN = "test-front-server-secret";

async function makeNotice(severity: "EXTREME" | "SEVERE" | "MODERATE" | "MINOR", headline: string) {
  const now = Date.now();
  return db.notice.create({
    data: {
      seriesId: `series-${headline}`,
      state: "ISSUED",
      category: "DISASTER",
      severity,
      urgency: "EXPECTED",
      certainty: "LIKELY",
      provinceWide: true,
      effectiveAt: new Date(now - 60_000),
      expiresAt: new Date(now + 3_600_000),
      issuedAt: new Date(now - 60_000),
      translations: { create: { locale: "vi", headline, description: "Mô tả tình hình", instruction: "Việc cần làm" } },
    },
  });
}

function post(body: unknown, token: string | null = TOKEN) {
  return POST(
    new Request("http://127.0.0.1/api/internal/reads", {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { "x-portal-token": token } : {}) },
      body: JSON.stringify(body),
    }),
  );
}

beforeAll(async () => {
  await resetDatabase();
  await seedBase();
  process.env.PAGE_CACHE_PURGE_TOKEN = TOKEN;
});

describe("read counts", () => {
  it("names article paths only", () => {
    expect(articleSlugOfPath("/vi/news/tin-a")).toBe("tin-a");
    expect(articleSlugOfPath("/tyz/law/luat-b")).toBe("luat-b");
    expect(articleSlugOfPath("/vi/products/tra")).toBeNull();
    expect(articleSlugOfPath("/vi/news/feed.xml")).toBe("feed.xml"); // no article has it: ignored when counted
    expect(articleSlugOfPath("/xx/news/tin-a")).toBeNull();
    expect(articleSlugOfPath("/vi/news/a/b")).toBeNull();
  });

  it("adds the counts of every language's address to its article, in one statement, and keeps adding", async () => {
    const article = await makeArticle({ kind: "POLICY", state: "PUBLISHED" });
    const vi = (await db.articleTranslation.findFirstOrThrow({ where: { articleId: article.id, locale: "vi" } })).slug;
    await db.articleTranslation.create({
      data: { articleId: article.id, locale: "en", title: "Test", slug: `${vi}-en`, summary: "S", body: "B" },
    });
    const other = await makeArticle({ kind: "LAW", state: "PUBLISHED" });
    const otherSlug = (await db.articleTranslation.findFirstOrThrow({ where: { articleId: other.id } })).slug;

    const response = await post({
      counts: {
        [`/vi/news/${vi}`]: 3,
        [`/en/news/${vi}-en`]: 2,
        [`/vi/law/${otherSlug}`]: 1,
        "/vi/news/khong-co": 9,
        "/vi/products/tra": 4,
      },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ articles: 2 });
    expect(await addArticleReads({ [`/tyz/news/${vi}`]: 4 })).toBe(1);
    const counts = await db.articleRead.findMany({ orderBy: { count: "desc" } });
    expect(counts.map((row) => [row.articleId, row.count])).toEqual([
      [article.id, 9],
      [other.id, 1],
    ]);
    // Only numbers are kept: the table has no column for a reader.
    const columns = await db.$queryRaw<
      { column_name: string }[]
    >`SELECT column_name FROM information_schema.columns WHERE table_name = 'ArticleRead' ORDER BY column_name`;
    expect(columns.map((c) => c.column_name)).toEqual(["articleId", "count", "updatedAt"]);
  });

  it("refuses counts without the front server's secret, and malformed ones", async () => {
    const before = await db.articleRead.aggregate({ _sum: { count: true } });
    expect((await post({ counts: { "/vi/news/x": 1 } }, null)).status).toBe(401);
    expect((await post({ counts: { "/vi/news/x": 1 } }, "wrong-secret-of-same-len")).status).toBe(401);
    expect((await post({ counts: { "/vi/news/x": -5 } })).status).toBe(400);
    expect((await post({ counts: "many" })).status).toBe(400);
    expect(await db.articleRead.aggregate({ _sum: { count: true } })).toEqual(before);
  });
});

describe("the translation queue's order", () => {
  it("lists active notices (most severe first), then the most-read articles, then products, then library items, each with its words", async () => {
    await db.articleRead.deleteMany();
    const minor = await makeNotice("MINOR", "Thông báo nhẹ");
    const extreme = await makeNotice("EXTREME", "Thông báo khẩn cấp");
    const severe = await makeNotice("SEVERE", "Thông báo nghiêm trọng");
    const old = await makeArticle({
      kind: "POLICY",
      state: "PUBLISHED",
      title: "Bài cũ được đọc nhiều",
      publishAt: new Date(Date.now() - 30 * 86_400_000),
    });
    const fresh = await makeArticle({ kind: "POLICY", state: "PUBLISHED", title: "Bài mới ít đọc" });
    const middle = await makeArticle({
      kind: "LAW",
      state: "PUBLISHED",
      title: "Bài đọc vừa",
      publishAt: new Date(Date.now() - 10 * 86_400_000),
    });
    const slug = async (id: string) => (await db.articleTranslation.findFirstOrThrow({ where: { articleId: id } })).slug;
    await addArticleReads({ [`/vi/news/${await slug(old.id)}`]: 50, [`/vi/law/${await slug(middle.id)}`]: 7 });
    const commune = await communeBySlug("minh-dan");
    const product = await makeProduct({ producerId: (await makeProducer({ communeId: commune.id })).id });
    const item = await makeLibraryItem({ authorId: (await userByEmail("official@demo.local")).id, state: "PUBLISHED" });

    const queue = await translationQueue("tyz", 1000);
    const kinds = queue.map((row) => row.kind);
    const firstOf = (kind: string) => kinds.indexOf(kind as never);
    const lastOf = (kind: string) => kinds.lastIndexOf(kind as never);
    expect(lastOf("NOTICE")).toBeLessThan(firstOf("ARTICLE"));
    expect(lastOf("ARTICLE")).toBeLessThan(firstOf("PRODUCT"));
    expect(lastOf("PRODUCT")).toBeLessThan(firstOf("LIBRARY_ITEM"));

    const position = (id: string) => queue.findIndex((row) => row.id === id);
    expect(position(extreme.id)).toBeLessThan(position(severe.id));
    expect(position(severe.id)).toBeLessThan(position(minor.id));
    // The most read first, whatever its age; an article never read after every read one.
    expect(
      queue
        .filter((row) => row.kind === "ARTICLE")
        .slice(0, 2)
        .map((row) => row.id),
    ).toEqual([old.id, middle.id]);
    expect(position(fresh.id)).toBeGreaterThan(position(middle.id));
    expect(position(product.id)).toBeGreaterThan(lastOf("ARTICLE"));
    expect(position(item.id)).toBeGreaterThan(lastOf("PRODUCT"));
    // Words to translate: title, summary and body of the article ("Bài cũ được đọc nhiều" + "Tóm tắt" + "Nội dung").
    expect(queue[position(old.id)]!.words).toBe(5 + 2 + 2);
    expect(queue[position(extreme.id)]!.words).toBe(4 + 4 + 3);
  });
});
