import { beforeEach, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { updateEthnicGroup } from "@/lib/ethnic-groups/mutations";
import { saveSettings } from "@/lib/settings/mutations";
import { ZSiteSettings } from "@/lib/settings/schema";
import { listUnitsForViewer } from "@/lib/units/admin-queries";
import { createVillage, updateUnit } from "@/lib/units/mutations";
import { communeBySlug, db, resetDatabase, seedBase, userByEmail } from "./helpers";

describe("reference data and settings", () => {
  let actor: Awaited<ReturnType<typeof userByEmail>>;
  beforeEach(async () => {
    await resetDatabase();
    await seedBase();
    actor = await userByEmail("admin@demo.local");
  });

  it("adds a village under its commune with a derived address", async () => {
    const commune = await communeBySlug("minh-dan");
    const village = await createVillage(
      { communeId: commune.id, code: "DEMO-01-09", name: "Bản Mới", fullName: "Bản Mới" },
      { actor, ip: null },
    );
    expect(village).toMatchObject({ level: "VILLAGE", parentId: commune.id, slug: "minh-dan-ban-moi" });
    const twin = await createVillage(
      { communeId: commune.id, code: "DEMO-01-10", name: "Bản Mới", fullName: "Bản Mới" },
      { actor, ip: null },
    );
    expect(twin.slug).toBe("minh-dan-ban-moi-demo-01-10");
    expect(await db.auditLog.count({ where: { action: "unit.created" } })).toBe(2);
  });

  it("refuses a unit code already in use", async () => {
    const village = await communeBySlug("minh-dan-thon-1");
    const error = await updateUnit({ id: village.id, code: "DEMO-01-02", name: "Thôn 1", fullName: "Thôn 1" }, { actor, ip: null }).catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ userMessage: "code.taken", field: "code" });
  });

  it("shows a cadre only their own commune", async () => {
    const cadre = await userByEmail("cadre.minhdan@demo.local");
    const official = await userByEmail("official@demo.local");
    expect((await listUnitsForViewer(cadre)).map((c) => c.slug)).toEqual(["minh-dan"]);
    expect((await listUnitsForViewer(official)).length).toBeGreaterThan(1);
  });

  it("confirms an ethnic-group code, unique among groups", async () => {
    const group = await db.ethnicGroup.findUniqueOrThrow({ where: { name: "Giáy" } });
    await updateEthnicGroup({ id: group.id, code: "24", name: "Giáy", altNames: null, nameEn: "Giay" }, { actor, ip: null });
    expect((await db.ethnicGroup.findUniqueOrThrow({ where: { id: group.id } })).code).toBe("24");
    const other = await db.ethnicGroup.findUniqueOrThrow({ where: { name: "Thổ" } });
    const error = await updateEthnicGroup(
      { id: other.id, code: "24", name: "Thổ", altNames: null, nameEn: "Tho" },
      { actor, ip: null },
    ).catch((e) => e);
    expect(error).toMatchObject({ userMessage: "code.taken" });
    expect(await db.auditLog.count({ where: { action: "ethnicGroup.updated" } })).toBe(1);
  });

  it("saves settings once per change", async () => {
    const input = ZSiteSettings.parse({ address: "Số 1, đường Demo", phone: "0207 000 000" });
    expect(await saveSettings(input, { actor, ip: null })).toBe(true);
    expect(await saveSettings(input, { actor, ip: null })).toBe(false);
    const row = await db.auditLog.findFirstOrThrow({ where: { action: "settings.updated" } });
    expect(row.after).toEqual({ address: "Số 1, đường Demo", phone: "0207 000 000" });
  });
});
