import type { Tx } from "@/lib/db";
import { communePageKey } from "@/lib/units/page-keys";

/**
 * The public pages a product or producer change may alter, as the front server's page keys
 * (scripts/lib/page-html.mjs, pageKeys): a product's page in every language names
 * `product:<id>` and, as it shows its producer, `producer:<producer id>`; a producer's page names
 * `producer:<id>` and lists their products. Either change also reaches the product list, a stored 404 the item may now fill, the
 * commune's page (its showcase) and search. Every other product, producer and page stays stored.
 */
export function productPageKey(id: string): string {
  return `product:${id}`;
}

export function producerPageKey(id: string): string {
  return `producer:${id}`;
}

const LISTS = ["section:products", "missing:products", "missing:producers", "search"];

export function productPageKeys(product: { id: string; producerId: string; communeId: string }): string[] {
  return [productPageKey(product.id), producerPageKey(product.producerId), communePageKey(product.communeId), ...LISTS];
}

export function producerPageKeys(producer: { id: string; communeId: string }): string[] {
  return [producerPageKey(producer.id), communePageKey(producer.communeId), ...LISTS];
}

type Reader = Pick<Tx, "product" | "producer" | "showcasePhoto">;

/** The keys of a product as stored. */
export async function productPageKeysOf(tx: Reader, id: string): Promise<string[]> {
  const product = await tx.product.findUnique({ where: { id }, select: { producerId: true, producer: { select: { communeId: true } } } });
  return product
    ? productPageKeys({ id, producerId: product.producerId, communeId: product.producer.communeId })
    : [productPageKey(id), ...LISTS];
}

/** The keys of a producer as stored (their products' pages name the producer too). */
export async function producerPageKeysOf(tx: Reader, id: string): Promise<string[]> {
  const producer = await tx.producer.findUnique({ where: { id }, select: { communeId: true } });
  return producer ? producerPageKeys({ id, communeId: producer.communeId }) : [producerPageKey(id), ...LISTS];
}

/** The keys of the product or producer a showcase photo belongs to. */
export async function photoPageKeysOf(tx: Reader, id: string): Promise<string[]> {
  const photo = await tx.showcasePhoto.findUnique({ where: { id }, select: { productId: true, producerId: true } });
  if (photo?.productId) return productPageKeysOf(tx, photo.productId);
  if (photo?.producerId) return producerPageKeysOf(tx, photo.producerId);
  return LISTS;
}
