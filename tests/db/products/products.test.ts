import { beforeEach, describe, expect, it, vi } from "vitest";
import { listProductsForViewer } from "@/lib/products/admin-queries";
import { createProduct, saveProducer, saveProductTranslation, setProductPublished, updateProductSettings } from "@/lib/products/mutations";
import { addPhotos, chooseCover, movePhoto, removePhoto } from "@/lib/products/photos";
import { addMonths } from "@/lib/products/rating";
import { ZAdminProductFilters, ZCreateProduct, ZProducer, ZProductSettings } from "@/lib/products/schema";
import { searchProducts } from "@/lib/products/search";
import type { NewMediaFile } from "@/lib/storage/media";
import { communeBySlug, db, expectAppError, seedWithActors, type ActorCtx } from "../helpers";
import { makeProduct, makeProducer } from "./fixtures";

vi.mock("next/cache", () => ({ unstable_cache: <T>(fn: T) => fn, updateTag: () => {}, revalidateTag: () => {}, refresh: () => {} }));
const { getPublicProduct, listPublicProducts, listCommuneShowcase } = await import("@/lib/products/queries");

let fileCounter = 0;
const fakeImage = (): NewMediaFile => ({
  kind: "IMAGE",
  mimeType: "image/webp",
  storageKey: `img/test/${++fileCounter}-${Date.now()}`,
  size: 1000,
  width: 320,
  height: 240,
  variants: [{ width: 320, height: 240, key: `img/test/${fileCounter}/320.webp`, size: 1000 }],
});

describe("products", () => {
  let official: ActorCtx;
  let cadre: ActorCtx;
  let own: string;
  let other: string;

  beforeEach(async () => {
    ({ official, cadre } = await seedWithActors());
    own = (await communeBySlug("minh-dan")).id;
    other = (await communeBySlug("thuong-lam")).id;
  });

  it("creates a producer with a normalised phone, then a product with its Vietnamese text, each with an audit row", async () => {
    const producer = await saveProducer(
      ZProducer.parse({ name: "HTX Chè Minh Dân", kind: "COOPERATIVE", communeId: own, phone: "+84 912 345 678" }),
      official,
    );
    expect(producer).toMatchObject({ slug: "htx-che-minh-dan", phone: "0912345678", published: false });
    const product = await createProduct(
      ZCreateProduct.parse({
        producerId: producer.id,
        category: "BEVERAGE",
        name: "Chè Shan tuyết",
        description: "Chè ngon.",
        priceMin: "100.000",
        priceMax: "200.000",
        months: "3,4",
      }),
      official,
    );
    expect(product).toMatchObject({ priceMin: 100_000, priceMax: 200_000, months: [3, 4], published: false });
    expect(await db.auditLog.count({ where: { action: "producer.created", entityId: producer.id, actorId: official.actor.id } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "product.created", entityId: product.id, ip: "203.0.113.9" } })).toBe(1);
    await saveProductTranslation(
      {
        productId: product.id,
        locale: "en",
        name: "Shan tuyet tea",
        slug: null,
        description: "Good tea.",
        ingredients: null,
        process: null,
        unit: null,
      },
      official,
    );
    expect(
      await db.productTranslation.findMany({
        where: { productId: product.id },
        select: { locale: true, slug: true },
        orderBy: { locale: "asc" },
      }),
    ).toEqual([
      { locale: "en", slug: "shan-tuyet-tea" },
      { locale: "vi", slug: "che-shan-tuyet" },
    ]);
  });

  it("a cadre manages their own commune's producers and products and is refused another commune's, even in a crafted call", async () => {
    const mine = await makeProducer({ communeId: own });
    const theirs = await makeProducer({ communeId: other });
    const myProduct = await makeProduct({ producerId: mine.id });
    const theirProduct = await makeProduct({ producerId: theirs.id });
    await updateProductSettings({ ...ZProductSettings.parse({ producerId: mine.id, category: "HERBAL" }), id: myProduct.id }, cadre);
    expect((await db.product.findUniqueOrThrow({ where: { id: myProduct.id } })).category).toBe("HERBAL");
    const before = await db.auditLog.count();
    await expectAppError(
      updateProductSettings({ ...ZProductSettings.parse({ producerId: theirs.id, category: "HERBAL" }), id: theirProduct.id }, cadre),
      "form.forbidden",
    );
    // Moving their own product to another commune's producer is refused too.
    await expectAppError(
      updateProductSettings({ ...ZProductSettings.parse({ producerId: theirs.id, category: "FOOD" }), id: myProduct.id }, cadre),
      "form.forbidden",
    );
    await expectAppError(
      saveProducer(ZProducer.parse({ id: mine.id, name: "X", kind: "HOUSEHOLD", communeId: other }), cadre),
      "form.forbidden",
    );
    await expectAppError(setProductPublished({ id: theirProduct.id, published: false }, cadre), "form.forbidden");
    await expectAppError(addPhotos({ productId: theirProduct.id }, [fakeImage()], cadre), "form.forbidden");
    expect(await db.auditLog.count()).toBe(before);
    expect((await db.product.findUniqueOrThrow({ where: { id: myProduct.id } })).producerId).toBe(mine.id);
  });

  it("photos: the first becomes the cover; reorder, choose another cover, remove the cover", async () => {
    const producer = await makeProducer({ communeId: own });
    const product = await makeProduct({ producerId: producer.id });
    const [a, b, c] = await addPhotos({ productId: product.id }, [fakeImage(), fakeImage(), fakeImage()], official);
    const photos = () =>
      db.showcasePhoto.findMany({ where: { productId: product.id }, orderBy: { sortOrder: "asc" }, select: { id: true, isCover: true } });
    expect(await photos()).toEqual([
      { id: a, isCover: true },
      { id: b, isCover: false },
      { id: c, isCover: false },
    ]);
    await movePhoto({ id: c!, direction: "up" }, cadre);
    expect((await photos()).map((p) => p.id)).toEqual([a, c, b]);
    await chooseCover(b!, official);
    expect((await photos()).filter((p) => p.isCover).map((p) => p.id)).toEqual([b]);
    await removePhoto(b!, official);
    expect(await photos()).toEqual([
      { id: a, isCover: true },
      { id: c, isCover: false },
    ]);
    const actions = (
      await db.auditLog.findMany({ where: { entityId: product.id }, orderBy: { createdAt: "asc" }, select: { action: true } })
    ).map((r) => r.action);
    expect(actions).toEqual(["product.photoAdded", "product.photoMoved", "product.coverChosen", "product.photoRemoved"]);
  });

  it("the public list shows published products only, filters by category, commune, valid stars and season", async () => {
    const now = new Date();
    const producer = await makeProducer({ communeId: own });
    const hidden = await makeProducer({ communeId: other, published: false });
    const tea = await makeProduct({
      producerId: producer.id,
      name: "Chè",
      nameEn: "Tea",
      category: "FOOD",
      ocopStars: 4,
      ocopDate: addMonths(now, -12),
    });
    const expired = await makeProduct({
      producerId: producer.id,
      name: "Mật ong",
      category: "FOOD",
      ocopStars: 4,
      ocopDate: addMonths(now, -37),
    });
    const scarf = await makeProduct({
      producerId: producer.id,
      name: "Khăn",
      category: "TEXTILE",
      months: [((now.getUTCMonth() + 6) % 12) + 1],
    });
    await makeProduct({ producerId: producer.id, published: false });
    await makeProduct({ producerId: hidden.id });
    const day = now.toISOString().slice(0, 10);
    const ids = async (filters: Record<string, unknown>) =>
      (await listPublicProducts({ page: 1, ...filters }, day)).items.map((item) => item.id).sort();
    expect(await ids({})).toEqual([tea.id, expired.id, scarf.id].sort());
    expect(await ids({ category: "TEXTILE" })).toEqual([scarf.id]);
    expect(await ids({ commune: "minh-dan", stars: 4 })).toEqual([tea.id]);
    expect(await ids({ commune: "thuong-lam" })).toEqual([]);
    expect(await ids({ season: "now" })).toEqual([tea.id, expired.id].sort());
    expect(
      (await getPublicProduct((await db.productTranslation.findFirstOrThrow({ where: { productId: tea.id, locale: "en" } })).slug))?.id,
    ).toBe(tea.id);
    expect(await getPublicProduct("khong-co")).toBeNull();
    const showcase = await listCommuneShowcase("minh-dan", 8);
    expect(showcase.producers.map((p) => p.id)).toEqual([producer.id]);
    expect(showcase.productCount).toBe(3);
  });

  it("the back office flags missing English and ratings expiring within 90 days; a cadre sees only their commune", async () => {
    const now = new Date();
    const mine = await makeProducer({ communeId: own });
    const theirs = await makeProducer({ communeId: other });
    const soon = await makeProduct({ producerId: mine.id, nameEn: "Soon", ocopStars: 3, ocopDate: addMonths(now, -35) });
    const noEnglish = await makeProduct({ producerId: mine.id, ocopStars: 5, ocopDate: addMonths(now, -6) });
    const elsewhere = await makeProduct({ producerId: theirs.id });
    const list = async (viewer: ActorCtx, query: Record<string, string>) =>
      (await listProductsForViewer({ viewer: viewer.actor, filters: ZAdminProductFilters.parse(query), now })).products
        .map((p) => p.id)
        .sort();
    expect(await list(official, { expiring: "1" })).toEqual([soon.id]);
    expect(await list(official, { missing: "en" })).toEqual([noEnglish.id, elsewhere.id].sort());
    expect(await list(cadre, {})).toEqual([soon.id, noEnglish.id].sort());
    expect(await list(cadre, { communeId: other })).toEqual([]);
  });

  it("site search finds published products without accents, in the reader's language", async () => {
    const producer = await makeProducer({ communeId: own });
    await makeProduct({ producerId: producer.id, name: "Chè Shan tuyết cổ thụ", nameEn: "Ancient Shan tuyet tea" });
    await makeProduct({ producerId: producer.id, name: "Chè xanh chưa đăng", published: false });
    const vi = await searchProducts({ query: "che shan tuyet", locale: "vi", now: new Date(), limit: 10 });
    expect(vi.map((hit) => hit.title)).toEqual(["Chè Shan tuyết cổ thụ"]);
    expect(vi[0]!.url).toMatch(/^\/vi\/products\//);
    const en = await searchProducts({ query: "shan tuyet", locale: "en", now: new Date(), limit: 10 });
    expect(en.map((hit) => hit.title)).toEqual(["Ancient Shan tuyet tea"]);
  });
});
