/* eslint-disable max-lines -- every notice step with its audit row and refusals, on one seeded database */
import { beforeEach, describe, expect, it, vi } from "vitest";
import { AppError } from "@/lib/errors";
import { infoLanguages, validateCap } from "../../fixtures/cap";
import { communeBySlug, db, expectAppError, seedWithActors, type ActorCtx } from "../helpers";

vi.mock("next/cache", () => ({ unstable_cache: <T>(fn: T) => fn, updateTag: () => {}, revalidateTag: () => {}, refresh: () => {} }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ host: "ignored.example" }) }));
// Absolute links come from the configured address, never from the request's Host.
vi.stubEnv("PUBLIC_URL", "http://dantoc.example.gov.vn");

const {
  allClearNotice,
  attachNoticeAudio,
  cancelNotice,
  createNotice,
  issueNotice,
  prepareNoticeUpdate,
  saveNoticeTranslation,
  updateNoticeSettings,
} = await import("@/lib/notices/mutations");
const { getPublicNoticeAt, listBannerNoticesAt, listPublicNoticesAt } = await import("@/lib/notices/queries");
const { capAlertsFeed, loadCapMessage, noticesRssFeed } = await import("@/lib/notices/feed");
const { buildCapXml } = await import("@/lib/notices/cap");
const { listNoticesForViewer, countIssuedByCommunes } = await import("@/lib/notices/admin-queries");
const { searchNotices } = await import("@/lib/notices/search");
const { seedDemoNotices } = await import("@/prisma/seed/notices");

const HOUR = 3_600_000;
const T0 = new Date("2026-11-28T03:00:00Z"); // 10:00 in the province

describe("notices", () => {
  let official: ActorCtx;
  let cadre: ActorCtx;
  let own: string;
  let ownVillage: string;
  let other: string;

  beforeEach(async () => {
    ({ official, cadre } = await seedWithActors());
    own = (await communeBySlug("minh-dan")).id;
    ownVillage = (await communeBySlug("minh-dan-thon-1")).id;
    other = (await communeBySlug("thuong-lam")).id;
  });

  const draft = (
    ctx: ActorCtx,
    area: { provinceWide?: boolean; unitIds?: string[] },
    hours = 8,
    headline = "Cảnh báo lũ quét tại xã Minh Dân",
  ) =>
    createNotice(
      {
        category: "DISASTER",
        hazard: "FLASH_FLOOD",
        severity: "SEVERE",
        urgency: "IMMEDIATE",
        certainty: "LIKELY",
        provinceWide: area.provinceWide ?? false,
        unitIds: area.unitIds ?? [],
        effectiveAt: T0,
        expiresAt: new Date(T0.getTime() + hours * HOUR),
        headline,
        description: "Mưa rất to trên thượng nguồn.",
        instruction: "Không qua suối; chuẩn bị sơ tán lên chỗ cao.",
      },
      ctx,
      T0,
    );

  it("a cadre's notice for their commune is issued at once, audited, marked for the province, and shown by time alone", async () => {
    const notice = await draft(cadre, { unitIds: [ownVillage] });
    expect(notice).toMatchObject({ state: "DRAFT", communeId: own, seriesId: notice.id });
    await issueNotice(notice.id, cadre, T0);
    expect(await db.notice.findUniqueOrThrow({ where: { id: notice.id } })).toMatchObject({
      state: "ISSUED",
      issuedByCadre: true,
      issuedById: cadre.actor.id,
    });
    expect((await db.auditLog.findMany({ where: { entityId: notice.id }, orderBy: { createdAt: "asc" } })).map((a) => a.action)).toEqual([
      "notice.created",
      "notice.issued",
    ]);
    expect(await countIssuedByCommunes(T0)).toBe(1);

    // The banner: readers of Minh Dân see it (a village of theirs), readers of Thượng Lâm and readers with no commune do not.
    expect((await listBannerNoticesAt("minh-dan", T0)).map((n) => n.id)).toEqual([notice.id]);
    expect(await listBannerNoticesAt("thuong-lam", T0)).toEqual([]);
    expect(await listBannerNoticesAt(null, T0)).toEqual([]);

    // Expiry by time, no job: at its minute it leaves the banner and the list and is in the archive.
    const expiry = new Date(T0.getTime() + 8 * HOUR);
    expect((await listBannerNoticesAt("minh-dan", new Date(expiry.getTime() - 60_000))).length).toBe(1);
    expect(await listBannerNoticesAt("minh-dan", expiry)).toEqual([]);
    expect((await listPublicNoticesAt({ page: 1 }, expiry)).items).toEqual([]);
    expect((await listPublicNoticesAt({ page: 1, archive: true }, expiry)).items.map((n) => n.id)).toEqual([notice.id]);
  });

  it("province-wide notices show for every commune, most severe first", async () => {
    const minor = await createNotice(
      {
        category: "HEALTH",
        severity: "MINOR",
        urgency: "FUTURE",
        certainty: "POSSIBLE",
        provinceWide: true,
        unitIds: [],
        effectiveAt: T0,
        expiresAt: new Date(T0.getTime() + 48 * HOUR),
        headline: "Tiêm phòng sởi",
        description: "D",
        instruction: "I",
      },
      official,
      T0,
    );
    const severe = await draft(official, { unitIds: [own, other] });
    await issueNotice(minor.id, official, T0);
    await issueNotice(severe.id, official, T0);
    expect((await listBannerNoticesAt("thuong-lam", T0)).map((n) => n.severity)).toEqual(["SEVERE", "MINOR"]);
    expect((await listBannerNoticesAt(null, T0)).map((n) => n.id)).toEqual([minor.id]);
    expect((await db.notice.findUniqueOrThrow({ where: { id: severe.id } })).communeId).toBeNull();
  });

  it("the server refuses a cadre's notice for another commune or the province, even from a crafted request", async () => {
    await expectAppError(draft(cadre, { unitIds: [other] }), "notices:errors.areaOutOfReach", "area");
    await expectAppError(draft(cadre, { unitIds: [own, other] }), "notices:errors.areaOutOfReach", "area");
    await expectAppError(draft(cadre, { provinceWide: true }), "notices:errors.areaOutOfReach", "area");
    const theirs = await draft(official, { unitIds: [other] });
    await expectAppError(issueNotice(theirs.id, cadre, T0), "form.forbidden");
    // A cadre cannot move their own draft to another commune either.
    const mine = await draft(cadre, { unitIds: [own] });
    await expectAppError(
      updateNoticeSettings(
        {
          id: mine.id,
          category: "HEALTH",
          severity: "MINOR",
          urgency: "FUTURE",
          certainty: "POSSIBLE",
          provinceWide: false,
          unitIds: [other],
          effectiveAt: T0,
          expiresAt: new Date(T0.getTime() + HOUR),
        },
        cadre,
        T0,
      ),
      "notices:errors.areaOutOfReach",
    );
    expect(await db.notice.count()).toBe(2);
    await expectAppError(draft(official, { unitIds: ["nope"] }), "notices:errors.areaInvalid", "area");
  });

  it("an update supersedes and references the old version; a cancel shows its reason; an all-clear ends it", async () => {
    const first = await draft(official, { unitIds: [own] });
    await issueNotice(first.id, official, T0);
    const updateId = await prepareNoticeUpdate(first.id, official, T0);
    await expectAppError(prepareNoticeUpdate(first.id, official, T0), "notice.updatePending");
    await saveNoticeTranslation(
      {
        noticeId: updateId,
        locale: "vi",
        headline: "Lũ quét: mức nguy hiểm tăng",
        description: "Nước lên nhanh.",
        instruction: "Sơ tán ngay.",
      },
      official,
      T0,
    );
    // Until issued, the first version is the one in force.
    expect((await listBannerNoticesAt("minh-dan", T0))[0]!.id).toBe(first.id);
    await issueNotice(updateId, official, new Date(T0.getTime() + HOUR));
    expect(await db.notice.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({ state: "SUPERSEDED" });
    const banner = await listBannerNoticesAt("minh-dan", new Date(T0.getTime() + HOUR));
    expect(banner.map((n) => [n.id, n.seriesId, n.msgType])).toEqual([[updateId, first.id, "UPDATE"]]);

    const origin = "http://dantoc.example.gov.vn";
    const updateXml = buildCapXml((await loadCapMessage(updateId, origin))!);
    expect(updateXml).toContain("<msgType>Update</msgType>");
    expect(updateXml).toContain(`<references>cap@dantoc.example.gov.vn,dantoc.example.gov.vn:notice:${first.id},`);
    expect((await validateCap(updateXml)).valid).toBe(true);

    const cancelId = await cancelNotice(
      { id: updateId, reason: "Mưa đã giảm, cảnh báo được rút." },
      official,
      new Date(T0.getTime() + 2 * HOUR),
    );
    expect(await listBannerNoticesAt("minh-dan", new Date(T0.getTime() + 2 * HOUR))).toEqual([]);
    const page = await getPublicNoticeAt(first.id);
    expect(page).toMatchObject({ id: cancelId, msgType: "CANCEL", reason: "Mưa đã giảm, cảnh báo được rút." });
    expect(page!.history.map((h) => h.msgType)).toEqual(["CANCEL", "UPDATE", "ALERT"]);
    const cancelXml = buildCapXml((await loadCapMessage(cancelId, origin))!);
    expect(cancelXml).toContain("<msgType>Cancel</msgType>");
    expect(cancelXml).toContain("<note>Mưa đã giảm, cảnh báo được rút.</note>");
    expect((await validateCap(cancelXml)).valid).toBe(true);
    await expectAppError(cancelNotice({ id: cancelId, reason: "x" }, official, T0), "notice.wrongState");
    expect(await db.auditLog.count({ where: { action: { in: ["notice.updatePrepared", "notice.cancelled"] } } })).toBe(2);

    const other = await draft(official, { unitIds: [own] });
    await issueNotice(other.id, official, T0);
    const clearId = await allClearNotice({ id: other.id, note: null }, official, T0);
    expect(await db.notice.findUniqueOrThrow({ where: { id: clearId } })).toMatchObject({
      allClear: true,
      msgType: "UPDATE",
      state: "ISSUED",
    });
    expect(await listBannerNoticesAt("minh-dan", T0)).toEqual([]);
  });

  it("the CAP document validates against the CAP 1.2 schema with one info block per language and the official unit codes", async () => {
    const notice = await draft(official, { unitIds: [ownVillage, other] });
    await saveNoticeTranslation(
      {
        noticeId: notice.id,
        locale: "en",
        headline: "Flash-flood warning",
        description: "Heavy rain upstream.",
        instruction: "Do not cross streams.",
      },
      official,
      T0,
    );
    await saveNoticeTranslation({ noticeId: notice.id, locale: "hmn", headline: "H", description: "D", instruction: "I" }, official, T0);
    await expectAppError(
      loadCapMessage(notice.id, "http://x").then((m) => {
        if (m) throw new Error("a draft has no CAP document");
        throw new AppError("notFound", "none");
      }),
      "none",
    );
    await issueNotice(notice.id, official, T0);
    const xml = buildCapXml((await loadCapMessage(notice.id, "http://dantoc.example.gov.vn"))!);
    const result = await validateCap(xml);
    expect(result.errors).toEqual([]);
    expect(infoLanguages(xml)).toEqual(["vi-VN", "en-US", "hmn"]);
    expect(xml).toContain("<value>DEMO-01-01</value>");
    expect(xml).toContain("<value>DEMO-02</value>");
    expect(xml).toContain("<sent>2026-11-28T10:00:00+07:00</sent>");
    expect(xml).toContain("<expires>2026-11-28T18:00:00+07:00</expires>");
  });

  it("a recording is attached to one language of a draft, carried into later versions and into the CAP document", async () => {
    const notice = await draft(official, { unitIds: [own] });
    const file = {
      kind: "AUDIO" as const,
      mimeType: "audio/mpeg",
      storageKey: `audio/test-${Date.now()}.mp3`,
      size: 4096,
      originalName: "canh-bao.mp3",
      createdById: official.actor.id,
    };
    await expectAppError(attachNoticeAudio(notice.id, "en", file, official, T0), "notices:errors.audioNeedsText", "file");
    await attachNoticeAudio(notice.id, "vi", file, official, T0);
    expect(await db.auditLog.count({ where: { action: "notice.mediaAttached", entityId: notice.id } })).toBe(1);
    await issueNotice(notice.id, official, T0);
    await expectAppError(attachNoticeAudio(notice.id, "vi", { ...file, storageKey: "audio/other.mp3" }, official, T0), "notice.wrongState");
    const updateId = await prepareNoticeUpdate(notice.id, official, T0);
    expect((await db.noticeTranslation.findFirstOrThrow({ where: { noticeId: updateId, locale: "vi" } })).audioId).not.toBeNull();
    const xml = buildCapXml((await loadCapMessage(notice.id, "http://dantoc.example.gov.vn"))!);
    expect(xml).toContain(`<uri>http://dantoc.example.gov.vn/media/${file.storageKey}</uri>`);
    expect((await validateCap(xml)).valid).toBe(true);
  });

  it("the Atom feed lists only the alerts in force, each linking its CAP document; RSS lists the latest", async () => {
    await seedDemoNotices(db);
    const atom = await (await capAlertsFeed()).text();
    const entries = [...atom.matchAll(/<entry>[\s\S]*?<\/entry>/g)].map((m) => m[0]);
    expect(entries).toHaveLength(2);
    expect(atom).toContain('href="http://dantoc.example.gov.vn/cap/demo-lu-quet-minh-dan-thuong-lam.xml"');
    expect(atom).toContain("/cap/demo-phong-chong-sot-xuat-huyet.xml");
    expect(atom).not.toContain("demo-ret-dam-ret-hai");
    expect(atom).not.toContain("demo-sat-lo-kim-binh");
    const rss = await (await noticesRssFeed("en")).text();
    expect(rss).toContain("Flash-flood and landslide warning");
    for (const id of [
      "demo-lu-quet-minh-dan-thuong-lam",
      "demo-phong-chong-sot-xuat-huyet",
      "demo-ret-dam-ret-hai",
      "demo-sat-lo-kim-binh-huy",
    ]) {
      const message = await loadCapMessage(id, "http://dantoc.example.gov.vn");
      expect((await validateCap(buildCapXml(message!))).valid, id).toBe(true);
    }
    // Seeding again changes nothing.
    await seedDemoNotices(db);
    expect(await db.notice.count()).toBe(5);
  });

  it("the back-office list is scoped to the cadre's commune; site search finds issued notices", async () => {
    const mine = await draft(cadre, { unitIds: [own] }, 8, "Cảnh báo lũ quét tại thôn Một");
    await draft(official, { unitIds: [other] });
    await issueNotice(mine.id, cadre, T0);
    const filters = { page: 1 } as const;
    expect((await listNoticesForViewer({ viewer: cadre.actor, filters, now: T0 })).notices.map((n) => n.id)).toEqual([mine.id]);
    expect((await listNoticesForViewer({ viewer: official.actor, filters, now: T0 })).total).toBe(2);
    const hits = await searchNotices({ query: "lu quet thon mot", locale: "vi", now: T0, limit: 10 });
    expect(hits.map((h) => h.url)).toEqual([`/vi/notices/${mine.id}`]);
  });
});
