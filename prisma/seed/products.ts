import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { addMonths } from "@/lib/products/rating";
import { saveImageFile } from "@/lib/storage/media";
import { slugify } from "@/lib/text/slug";
import { demoPicture } from "./demo-media";
import { DEMO_PRODUCERS, DEMO_PRODUCTS } from "./product-texts";

/** A UTC midnight `months` months before today. */
function monthsAgo(months: number, now = new Date()): Date {
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  return addMonths(today, -months);
}

async function demoPhoto(colours: [string, string]) {
  const file = path.join(os.tmpdir(), `portal-seed-product-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}`);
  await fs.promises.writeFile(file, await demoPicture(colours[0], colours[1], 1024, 768));
  try {
    return await saveImageFile({ path: file, originalName: "anh-mau.jpg", actorId: null });
  } finally {
    await fs.promises.rm(file, { force: true });
  }
}

/**
 * Demo producers and products (prisma/seed/product-texts.ts), published, each product with one
 * generated picture. Idempotent: a producer whose slug exists, a product whose Vietnamese
 * address exists, is left alone.
 */
export async function seedDemoProducts(db: PrismaClient): Promise<void> {
  const producers = new Map<string, string>();
  for (const demo of DEMO_PRODUCERS) {
    const slug = slugify(demo.name);
    const existing = await db.producer.findUnique({ where: { slug }, select: { id: true } });
    if (existing) {
      producers.set(demo.key, existing.id);
      continue;
    }
    const commune = await db.adminUnit.findUnique({ where: { slug: demo.commune }, select: { id: true } });
    if (!commune) continue;
    const village = demo.village
      ? await db.adminUnit.findUnique({ where: { slug: `${demo.commune}-thon-${demo.village}` }, select: { id: true } })
      : null;
    const groups = demo.groups ? await db.ethnicGroup.findMany({ where: { name: { in: demo.groups } }, select: { id: true } }) : [];
    const producer = await db.producer.create({
      data: {
        slug,
        name: demo.name,
        kind: demo.kind,
        communeId: commune.id,
        villageId: village?.id ?? null,
        story: demo.story,
        storyEn: demo.storyEn ?? null,
        phone: demo.phone,
        zalo: demo.zalo ?? null,
        address: demo.address,
        latitude: demo.coordinates?.[0] ?? null,
        longitude: demo.coordinates?.[1] ?? null,
        published: true,
        isDemo: true,
        ethnicGroups: { connect: groups },
      },
    });
    producers.set(demo.key, producer.id);
  }

  const now = new Date();
  for (const [index, demo] of DEMO_PRODUCTS.entries()) {
    const producerId = producers.get(demo.producer);
    const slug = slugify(demo.vi.name);
    if (!producerId || (await db.productTranslation.count({ where: { slug } }))) continue;
    const photo = await demoPhoto(demo.colours);
    const publishedAt = new Date(now.getTime() - (DEMO_PRODUCTS.length - index) * 3_600_000);
    await db.$transaction(async (tx) => {
      const media = await tx.mediaFile.create({ data: photo });
      await tx.product.create({
        data: {
          producerId,
          category: demo.category,
          priceMin: demo.price?.[0] ?? null,
          priceMax: demo.price?.[1] ?? null,
          months: demo.months ?? [],
          ocopStars: demo.rating?.stars ?? null,
          ocopDecision: demo.rating?.decision ?? null,
          ocopDate: demo.rating ? monthsAgo(demo.rating.monthsAgo, now) : null,
          published: true,
          publishedAt,
          isDemo: true,
          translations: {
            create: [{ locale: "vi", ...demo.vi, slug }, ...(demo.en ? [{ locale: "en", ...demo.en, slug: slugify(demo.en.name) }] : [])],
          },
          photos: { create: { mediaId: media.id, sortOrder: 0, isCover: true, alt: `${demo.vi.name} (ảnh minh họa mẫu)` } },
        },
      });
    });
  }
}
