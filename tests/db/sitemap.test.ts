import { beforeAll, describe, expect, it, vi } from "vitest";
import { db, resetDatabase, seedBase, communeBySlug } from "./helpers";

// The data cache is Next's; here every read goes to the database.
vi.mock("next/cache", () => ({ unstable_cache: <T>(fn: T) => fn, revalidateTag: () => {}, updateTag: () => {}, refresh: () => {} }));

const { sitemapFileEntries, sitemapFileNames } = await import("@/lib/sitemap/entries");

const QUESTIONS = 10_001; // one more than a file holds (10,000 items × 5 languages = 50,000 URLs)

/** The sitemap at scale: every public address, a file a page of one kind, none over 50,000 URLs. */
describe("sitemap", () => {
  beforeAll(async () => {
    await resetDatabase();
    await seedBase();
    const commune = await communeBySlug("minh-dan");
    await db.$executeRaw`
      INSERT INTO "ForumQuestion" (id, "trackingCode", state, topic, "communeId", body, "publicBody", fingerprint, "publishedAt", "updatedAt")
      SELECT 'q' || n, 'T' || lpad(n::text, 9, '0'), 'PUBLISHED', 'POLICY', ${commune.id}, 'Câu hỏi ' || n, 'Câu hỏi ' || n, md5(n::text), now(), now()
      FROM generate_series(1, ${QUESTIONS}) AS n`;
    // Not public: never listed.
    await db.$executeRaw`
      INSERT INTO "ForumQuestion" (id, "trackingCode", state, topic, "communeId", body, "publicBody", fingerprint, "updatedAt")
      VALUES ('hidden', 'HIDDEN001', 'SUBMITTED', 'POLICY', ${commune.id}, 'Riêng tư', 'Riêng tư', 'x', now())`;
  }, 60_000);

  it("the index names the section pages, then each kind's files; counts decide how many", async () => {
    const { files } = await sitemapFileNames();
    expect(files[0]).toBe("pages-0");
    expect(files.filter((name) => name.startsWith("questions-"))).toEqual(["questions-0", "questions-1"]);
    // A kind with nothing public has no file.
    expect(files.some((name) => name.startsWith("library-"))).toBe(false);
  });

  it("every public question is in exactly one file, in every language, and no file passes 50,000 URLs", async () => {
    const first = (await sitemapFileEntries("questions-0"))!;
    const second = (await sitemapFileEntries("questions-1"))!;
    expect(first).toHaveLength(50_000);
    expect(second).toHaveLength(5);
    const urls = [...first, ...second].map((entry) => new URL(entry.url).pathname);
    expect(new Set(urls).size).toBe(QUESTIONS * 5);
    expect(urls.filter((path) => path.endsWith(`/forum/${QUESTIONS}`)).sort()).toEqual(
      ["en", "hmn", "ium", "tyz", "vi"].map((locale) => `/${locale}/forum/${QUESTIONS}`),
    );
    const hidden = await db.forumQuestion.findUniqueOrThrow({ where: { id: "hidden" } });
    expect(urls).not.toContain(`/vi/forum/${hidden.number}`);
    expect(second[0]!.lastModified).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it("a name that is no file is none", async () => {
    expect(await sitemapFileEntries("questions-2")).toBeNull();
    expect(await sitemapFileEntries("pages-1")).toBeNull();
    expect(await sitemapFileEntries("secrets-0")).toBeNull();
    expect(await sitemapFileEntries("../questions-0")).toBeNull();
    const pages = (await sitemapFileEntries("pages-0"))!;
    expect(pages.map((entry) => new URL(entry.url).pathname)).toContain("/vi/communes/minh-dan");
  });
});
