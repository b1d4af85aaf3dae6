import { db } from "../helpers";

let counter = 0;

/** A producer written straight into the database, for arranging a test. */
export async function makeProducer(input: { communeId: string; published?: boolean; name?: string }) {
  counter++;
  return db.producer.create({
    data: {
      slug: `chu-the-thu-${counter}-${Date.now()}`,
      name: input.name ?? `Chủ thể thử ${counter}`,
      kind: "COOPERATIVE",
      communeId: input.communeId,
      published: input.published ?? true,
      phone: "0912345678",
    },
  });
}

/** A product of a producer, with its Vietnamese text (and English when given). */
export async function makeProduct(input: {
  producerId: string;
  published?: boolean;
  name?: string;
  nameEn?: string;
  category?: "FOOD" | "TEXTILE" | "HERBAL";
  ocopStars?: number | null;
  ocopDate?: Date | null;
  months?: number[];
}) {
  counter++;
  const name = input.name ?? `Sản phẩm thử ${counter}`;
  return db.product.create({
    data: {
      producerId: input.producerId,
      category: input.category ?? "FOOD",
      published: input.published ?? true,
      publishedAt: new Date(),
      months: input.months ?? [],
      ocopStars: input.ocopStars ?? null,
      ocopDecision: input.ocopStars ? "DEMO-1/QĐ-UBND" : null,
      ocopDate: input.ocopDate ?? null,
      translations: {
        create: [
          { locale: "vi", name, slug: `san-pham-thu-${counter}-${Date.now()}`, description: "Mô tả sản phẩm." },
          ...(input.nameEn
            ? [{ locale: "en", name: input.nameEn, slug: `test-product-${counter}-${Date.now()}`, description: "A description." }]
            : []),
        ],
      },
    },
  });
}
