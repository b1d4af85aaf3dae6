import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { communeBySlug, db, resetDatabase, seedBase, userByEmail } from "../helpers";
import { makeQuestion } from "../forum/fixtures";
import { makeProducer, makeProduct } from "../products/fixtures";

vi.mock("next/cache", () => ({ unstable_cache: <T>(fn: T) => fn, updateTag: () => {}, revalidateTag: () => {}, refresh: () => {} }));

const { createNotice, issueNotice, prepareNoticeUpdate, updateNoticeSettings } = await import("@/lib/notices/mutations");
const { noticePageKeysOf } = await import("@/lib/notices/page-keys");
const { questionPageKeysOf } = await import("@/lib/forum/page-keys");
const { photoPageKeysOf, producerPageKeysOf, productPageKeysOf } = await import("@/lib/products/page-keys");
const { documentPageKeysOf } = await import("@/lib/documents/page-keys");

/**
 * The page keys a change names, read from the rows as stored: a notice's whole area over all its
 * versions (a village counts as its commune), a merged question with the one it joined, a
 * product with its producer and commune, a document with the articles citing it.
 */
const T0 = new Date("2026-11-28T03:00:00Z");
const HOUR = 3_600_000;

describe("page keys of what changed", () => {
  let official: { actor: Actor & { id: string }; ip: string | null };
  let minhDan: string;
  let village: string;
  let thuongLam: string;

  beforeEach(async () => {
    await resetDatabase();
    await seedBase();
    official = { actor: await userByEmail("official@demo.local"), ip: null };
    minhDan = (await communeBySlug("minh-dan")).id;
    village = (await communeBySlug("minh-dan-thon-1")).id;
    thuongLam = (await communeBySlug("thuong-lam")).id;
  });

  it("a notice: its series, the banner and page of every commune any version covered; province-wide: every banner", async () => {
    const settings = {
      category: "DISASTER",
      hazard: "FLASH_FLOOD",
      severity: "SEVERE",
      urgency: "IMMEDIATE",
      certainty: "LIKELY",
      effectiveAt: T0,
      expiresAt: new Date(T0.getTime() + 8 * HOUR),
    } as const;
    const notice = await createNotice(
      { ...settings, provinceWide: false, unitIds: [village], headline: "Lũ quét", description: "Mưa to.", instruction: "Không qua suối." },
      official,
      T0,
    );
    await issueNotice(notice.id, official, T0);
    expect(await noticePageKeysOf(db, notice.id)).toEqual(
      expect.arrayContaining([`notice:${notice.seriesId}`, "section:notices", `banner:${minhDan}`, `commune:${minhDan}`]),
    );
    expect(await noticePageKeysOf(db, notice.id)).not.toContain("banner");

    // An update moving the area to another commune: both communes' pages change.
    const update = await prepareNoticeUpdate(notice.id, official, T0);
    await updateNoticeSettings({ id: update, ...settings, provinceWide: false, unitIds: [thuongLam] }, official, T0);
    const keys = await noticePageKeysOf(db, update);
    expect(keys).toEqual(
      expect.arrayContaining([
        `notice:${notice.seriesId}`,
        `banner:${minhDan}`,
        `banner:${thuongLam}`,
        `commune:${minhDan}`,
        `commune:${thuongLam}`,
      ]),
    );

    const province = await createNotice(
      { ...settings, provinceWide: true, unitIds: [], headline: "Rét đậm", description: "Rét.", instruction: "Giữ ấm." },
      official,
      T0,
    );
    expect(await noticePageKeysOf(db, province.id)).toContain("banner");
  });

  it("a question merged into another: both questions' pages and communes", async () => {
    const target = await makeQuestion({ communeId: thuongLam, state: "ANSWERED", answer: "Trả lời." });
    const merged = await makeQuestion({ communeId: minhDan, state: "CLOSED" });
    await db.forumQuestion.update({ where: { id: merged.id }, data: { mergedIntoId: target.id } });
    expect(await questionPageKeysOf(db, merged.id)).toEqual(
      expect.arrayContaining([
        `question:${merged.number}`,
        `question:${target.number}`,
        `commune:${minhDan}`,
        `commune:${thuongLam}`,
        "section:forum",
      ]),
    );
  });

  it("a product and its producer: their pages, the product list and their commune; a photo: its owner's", async () => {
    const producer = await makeProducer({ communeId: minhDan });
    const product = await makeProduct({ producerId: producer.id });
    expect(await productPageKeysOf(db, product.id)).toEqual(
      expect.arrayContaining([`product:${product.id}`, `producer:${producer.id}`, `commune:${minhDan}`, "section:products"]),
    );
    expect(await producerPageKeysOf(db, producer.id)).toEqual(
      expect.arrayContaining([`producer:${producer.id}`, `commune:${minhDan}`, "section:products"]),
    );
    const media = await db.mediaFile.create({
      data: { storageKey: `test/${Date.now()}`, mimeType: "image/webp", size: 10, originalName: "a.webp", kind: "IMAGE" },
    });
    const photo = await db.showcasePhoto.create({ data: { productId: product.id, mediaId: media.id, alt: "Ảnh" } });
    expect(await photoPageKeysOf(db, photo.id)).toContain(`product:${product.id}`);
  });

  it("a legal document: the document pages, search and the articles citing it", async () => {
    const article = await db.article.create({ data: { kind: "LAW" } });
    const document = await db.legalDocument.create({
      data: {
        number: "01/2026/NĐ-CP",
        numberKey: "01/2026/nd-cp",
        type: "DECREE",
        title: "Nghị định thử",
        issuer: "Chính phủ",
        signedOn: T0,
        slug: `nd-${Date.now()}`,
        field: "Dân tộc",
        summary: "Thử.",
      },
    });
    await db.articleLegalDocument.create({ data: { articleId: article.id, documentId: document.id } });
    expect(await documentPageKeysOf(db, document.id)).toEqual(["documents", "search", `article:${article.id}`]);
  });
});
