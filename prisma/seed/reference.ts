import type { PrismaClient } from "@/lib/generated/prisma/client";
import { slugify } from "@/lib/text/slug";
import { ETHNIC_GROUPS } from "./ethnic-groups";

/** The province itself (GSO code 08). */
export const PROVINCE = { code: "08", name: "Tuyên Quang", fullName: "Tỉnh Tuyên Quang" };

/**
 * Demo communes: real commune names of the province, but codes and villages are made up for
 * trying the portal (codes start with DEMO-, `isDemo` is set). Replace them with the official
 * list before going live.
 */
export const DEMO_COMMUNES = [
  { name: "Minh Dân", fullName: "Xã Minh Dân" },
  { name: "Thượng Lâm", fullName: "Xã Thượng Lâm" },
  { name: "Hồng Quang", fullName: "Xã Hồng Quang" },
  { name: "Yên Thuận", fullName: "Xã Yên Thuận" },
  { name: "Tân Trào", fullName: "Xã Tân Trào" },
  { name: "Kim Bình", fullName: "Xã Kim Bình" },
];
const VILLAGES_PER_COMMUNE = 3;

/** Creates what is missing and never changes what exists (an administrator may have edited it). */
export async function seedReference(db: PrismaClient): Promise<void> {
  const province = await db.adminUnit.upsert({
    where: { code: PROVINCE.code },
    update: {},
    create: { level: "PROVINCE", ...PROVINCE, slug: slugify(PROVINCE.name) },
  });

  for (const [index, commune] of DEMO_COMMUNES.entries()) {
    const number = String(index + 1).padStart(2, "0");
    const slug = slugify(commune.name);
    const row = await db.adminUnit.upsert({
      where: { code: `DEMO-${number}` },
      update: {},
      create: {
        level: "COMMUNE",
        code: `DEMO-${number}`,
        ...commune,
        slug,
        parentId: province.id,
        isDemo: true,
        sortOrder: index,
        // Demo office contact, shown marked "demo": 0200 is no area code in use, so no one real is called.
        officePhone: `0200 000 00${number}`,
        officeAddress: `Trụ sở UBND ${commune.fullName} (địa chỉ mẫu)`,
        officeHours: "Sáng 7:30–11:30, chiều 13:30–17:00, thứ Hai đến thứ Sáu",
        officeIsDemo: true,
      },
    });
    for (let v = 1; v <= VILLAGES_PER_COMMUNE; v++) {
      const name = `Thôn ${v}`;
      await db.adminUnit.upsert({
        where: { code: `DEMO-${number}-${String(v).padStart(2, "0")}` },
        update: {},
        create: {
          level: "VILLAGE",
          code: `DEMO-${number}-${String(v).padStart(2, "0")}`,
          name,
          fullName: name,
          slug: `${slug}-${slugify(name)}`,
          parentId: row.id,
          isDemo: true,
          sortOrder: v,
        },
      });
    }
  }

  for (const [index, group] of ETHNIC_GROUPS.entries()) {
    await db.ethnicGroup.upsert({
      where: { name: group.name },
      update: {},
      create: {
        code: group.code,
        name: group.name,
        altNames: group.altNames ?? null,
        slug: slugify(group.name),
        sortOrder: index + 1,
        translations: { create: [{ locale: "en", name: group.en }] },
      },
    });
  }
}
