import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { createArticle, saveTranslation } from "@/lib/articles/mutations";
import { searchArticles } from "@/lib/articles/search";
import { publishArticle } from "@/lib/articles/workflow";
import { nearTsquery } from "@/lib/search/near";
import { db, resetDatabase, seedBase, userByEmail } from "../helpers";

type Ctx = { actor: Actor & { id: string }; ip: string | null };

/** The near match of the site search through the table of words (lib/search/near.ts). */
describe("search near match", () => {
  let official: Ctx;

  beforeEach(async () => {
    await resetDatabase();
    await seedBase();
    official = { actor: await userByEmail("official@demo.local"), ip: "203.0.113.9" };
  });

  const publish = async (title: string, summary: string, body: string) => {
    const article = await createArticle(
      { kind: "POLICY", communeId: null, topicId: null, slug: null, translator: null, title, summary, body },
      official,
    );
    await publishArticle({ id: article.id, publishAt: null, changeNote: null }, official);
    return article;
  };
  const search = (query: string) => searchArticles({ query, locale: "vi", now: new Date(), limit: 10 });

  it("a misspelt Vietnamese word finds the article through its close words", async () => {
    const article = await publish("Hỗ trợ giống lúa chịu hạn", "Hộ nghèo nhận giống lúa.", "Xã hỗ trợ **giống lúa** cho vụ đông xuân.");
    await publish("Đăng ký khai sinh cho con", "Thủ tục khai sinh.", "Mang giấy chứng sinh.");
    // The words are folded as the full-text search folds them.
    expect(await db.searchWord.findMany({ where: { word: { in: ["giong", "xuan", "chiu"] } }, orderBy: { word: "asc" } })).toEqual([
      { word: "chiu" },
      { word: "giong" },
      { word: "xuan" },
    ]);
    // "giốgn" (letters swapped) and "đông xuâng": no text has these words; their close words do.
    expect(await nearTsquery("giốgn lúa")).toBe("('giong') & ('lua')");
    const hits = await search("giốgn lúa");
    expect(hits.map((hit) => [hit.id, hit.title])).toEqual([[article.id, "Hỗ trợ giống lúa chịu hạn"]]);
    expect(hits[0]!.rank).toBeLessThan(0.1); // below any exact match
    expect((await search("vụ đông xuâng")).map((hit) => hit.id)).toEqual([article.id]);
    // Nothing close, or mostly unknown words: no near match at all.
    expect(await nearTsquery("qwzx")).toBeNull();
    expect(await search("qwzx ypvk lúa")).toEqual([]);
    // Words as typed that together match nothing are not retried.
    expect(await nearTsquery("giống khai")).toBeNull();
  });

  it("a new article's words are found right after publishing, and a new translation's", async () => {
    expect(await search("mắc ca")).toEqual([]);
    const article = await publish("Trồng cây mắc ca trên đất dốc", "Mô hình mắc ca.", "Giống mắc ca ghép.");
    expect((await search("mắc caa")).map((hit) => hit.id)).toEqual([article.id]);
    await saveTranslation(
      {
        articleId: article.id,
        locale: "en",
        title: "Macadamia on sloping land",
        slug: null,
        summary: "A macadamia model.",
        body: "Grafted seedlings.",
        translator: null,
        changeNote: "Thêm bản tiếng Anh.",
      },
      official,
    );
    const en = await searchArticles({ query: "macadamai", locale: "en", now: new Date(), limit: 10 });
    expect(en.map((hit) => [hit.id, hit.lang])).toEqual([[article.id, "en"]]);
  });
});
