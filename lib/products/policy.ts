import { can, communeFilter, type Actor, type Resource } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * A producer, and every product of it, belongs to the producer's commune: that is what a
 * commune cadre's reach is checked against (their own commune only), for every change.
 */
export function producerResource(producer: { communeId: string }): Resource {
  return { communeId: producer.communeId };
}

/** May the viewer change this producer, or a product of it? */
export function canManage(viewer: Actor | null, producer: { communeId: string }): boolean {
  return can(viewer, "products.manage", producerResource(producer));
}

/** The producers a viewer reaches in the back office, as a `where` (null: none). */
export function producerScope(viewer: Actor): Prisma.ProducerWhereInput | null {
  if (!can(viewer, "products.manage")) return null;
  return { communeId: communeFilter(viewer, "products.manage") };
}
