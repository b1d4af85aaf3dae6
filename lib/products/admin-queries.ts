import "server-only";
import { communeFilter, type Actor } from "@/lib/auth/permissions";
import { adminListPage } from "@/lib/admin-list";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { canManage, producerScope } from "./policy";
import { EXPIRING_SOON_DAYS, addMonths, validSince } from "./rating";
import type { TAdminProducerFilters, TAdminProductFilters } from "./schema";

export const ADMIN_PAGE_SIZE = 25;

/**
 * The back-office product list: the viewer's reach (a cadre: their commune's producers), then
 * the filters: category, commune, valid stars, missing English, rating expiring within 90 days.
 */
export async function listProductsForViewer({
  viewer,
  filters,
  now = new Date(),
}: {
  viewer: Actor;
  filters: TAdminProductFilters;
  now?: Date;
}) {
  const scope = producerScope(viewer);
  if (!scope) return { total: 0, products: [], pageCount: 1 };
  const since = validSince(now);
  const where: Prisma.ProductWhereInput = {
    AND: [
      { producer: scope },
      filters.category ? { category: filters.category } : {},
      filters.communeId ? { producer: { communeId: filters.communeId } } : {},
      filters.stars ? { ocopStars: filters.stars, ocopDate: { gt: since } } : {},
      filters.missing ? { translations: { none: { locale: filters.missing } } } : {},
      // Still valid today, no longer valid 90 days from now.
      filters.expiring
        ? {
            ocopStars: { not: null },
            ocopDate: { gt: since, lte: addMonths(new Date(now.getTime() + EXPIRING_SOON_DAYS * 86_400_000), -36) },
          }
        : {},
      filters.q ? { translations: { some: { name: { contains: filters.q, mode: "insensitive" } } } } : {},
    ],
  };
  const { rows: products, ...page } = await adminListPage(filters.page, ADMIN_PAGE_SIZE, (window) => [
    db.product.count({ where }),
    db.product.findMany({
      where,
      ...window,
      select: {
        id: true,
        category: true,
        published: true,
        ocopStars: true,
        ocopDate: true,
        updatedAt: true,
        isDemo: true,
        producer: { select: { name: true, published: true, commune: { select: { fullName: true } } } },
        translations: { select: { locale: true, name: true }, orderBy: { locale: "asc" } },
        _count: { select: { photos: true } },
      },
    }),
  ]);
  return { ...page, products };
}

/** One product for the editor, or null when missing or out of the viewer's reach. */
export async function getProductForEditor({ viewer, id }: { viewer: Actor; id: string }) {
  const product = await db.product.findUnique({
    where: { id },
    include: {
      translations: { orderBy: { locale: "asc" } },
      producer: { select: { id: true, name: true, slug: true, communeId: true, published: true } },
      photos: { orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }], include: { media: true } },
    },
  });
  if (!product || !canManage(viewer, product.producer)) return null;
  return product;
}
export type EditorProduct = NonNullable<Awaited<ReturnType<typeof getProductForEditor>>>;

/** The producers a viewer may attach products to (a cadre: their commune's). */
export async function listProducerChoices(viewer: Actor) {
  const scope = producerScope(viewer);
  if (!scope) return [];
  return db.producer.findMany({
    where: scope,
    select: { id: true, name: true, commune: { select: { fullName: true } } },
    orderBy: { name: "asc" },
  });
}

/** The back-office producer list. */
export async function listProducersForViewer({ viewer, filters }: { viewer: Actor; filters: TAdminProducerFilters }) {
  const scope = producerScope(viewer);
  if (!scope) return { total: 0, producers: [], pageCount: 1 };
  const where: Prisma.ProducerWhereInput = {
    AND: [
      scope,
      filters.communeId ? { communeId: filters.communeId } : {},
      filters.kind ? { kind: filters.kind } : {},
      filters.q ? { name: { contains: filters.q, mode: "insensitive" } } : {},
    ],
  };
  const { rows: producers, ...page } = await adminListPage(filters.page, ADMIN_PAGE_SIZE, (window) => [
    db.producer.count({ where }),
    db.producer.findMany({
      where,
      ...window,
      select: {
        id: true,
        name: true,
        kind: true,
        published: true,
        phone: true,
        isDemo: true,
        updatedAt: true,
        commune: { select: { fullName: true } },
        _count: { select: { products: true } },
      },
    }),
  ]);
  return { ...page, producers };
}

/** One producer for the editor, or null when missing or out of reach. */
export async function getProducerForEditor({ viewer, id }: { viewer: Actor; id: string }) {
  const producer = await db.producer.findUnique({
    where: { id },
    include: {
      ethnicGroups: { select: { id: true } },
      photos: { orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }], include: { media: true } },
      products: { select: { id: true, published: true, translations: { where: { locale: "vi" }, select: { name: true } } } },
    },
  });
  if (!producer || !canManage(viewer, producer)) return null;
  return producer;
}
export type EditorProducer = NonNullable<Awaited<ReturnType<typeof getProducerForEditor>>>;

/** Villages of the communes a viewer reaches, for the producer form. */
export async function listVillageChoices(viewer: Actor) {
  const scope = producerScope(viewer);
  if (!scope) return [];
  return db.adminUnit.findMany({
    where: { level: "VILLAGE", parentId: communeFilter(viewer, "products.manage") },
    select: { id: true, fullName: true, parentId: true, parent: { select: { name: true } } },
    orderBy: [{ parent: { sortOrder: "asc" } }, { sortOrder: "asc" }],
  });
}
