import { beforeEach, describe, expect, it } from "vitest";
import { listLibraryForAdmin } from "@/lib/library/admin-queries";
import {
  addLibraryFile,
  createLibraryItem,
  removeLibraryFile,
  saveLibraryTranslation,
  updateLibraryItemSettings,
} from "@/lib/library/mutations";
import { getPublicLibraryItemNow, libraryItemOfKey, listLibraryItemsNow } from "@/lib/library/queries";
import { ZLibraryFilters } from "@/lib/library/schema";
import { searchLibrary } from "@/lib/library/search";
import { publishLibraryItem, returnLibraryItem, submitLibraryItem, unpublishLibraryItem } from "@/lib/library/workflow";
import { db, expectAppError, seedWithActors, type ActorCtx } from "../helpers";

const media = (key: string) => ({ kind: "AUDIO" as const, mimeType: "audio/wav", storageKey: key, size: 1234 });

describe("library", () => {
  let official: ActorCtx;
  let cadre: ActorCtx;
  let tay: string;

  beforeEach(async () => {
    ({ official, cadre } = await seedWithActors());
    tay = (await db.ethnicGroup.findUniqueOrThrow({ where: { slug: "tay" } })).id;
  });

  const contribute = (ctx: ActorCtx, title = "Bài hát ru của người Tày", access: "PUBLIC" | "COMMUNITY" = "PUBLIC") =>
    createLibraryItem(
      {
        type: "AUDIO",
        topic: "LANGUAGE",
        access,
        accessNote: access === "COMMUNITY" ? "Cộng đồng đề nghị không phát tán" : null,
        itemLanguages: ["tyz"],
        groupIds: [tay],
        source: null,
        year: 2020,
        licence: null,
        title,
        description: "Bản ghi một bài hát ru.",
        transcript: "Lời ghi lại bằng tiếng Việt: ngủ đi con.",
      },
      ctx,
    );

  it("a cadre contributes, submits, and is then locked out; an official returns, publishes, unpublishes — each step audited", async () => {
    const item = await contribute(cadre);
    await expectAppError(submitLibraryItem(item.id, cadre), "library.fileRequired");
    await addLibraryFile(item.id, { media: media("library/t/a.wav"), durationSeconds: 3, pageCount: null }, cadre);
    await submitLibraryItem(item.id, cadre);
    await expectAppError(
      saveLibraryTranslation({ itemId: item.id, locale: "vi", title: "Sửa", description: "D", transcript: null }, cadre),
      "library.lockedForReview",
    );
    await returnLibraryItem({ id: item.id, comment: "Thêm nguồn" }, official);
    expect(await db.libraryItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({
      state: "DRAFT",
      reviewComment: "Thêm nguồn",
    });
    await expectAppError(publishLibraryItem(item.id, cadre), "form.forbidden");
    await publishLibraryItem(item.id, official);
    await unpublishLibraryItem(item.id, official);
    const actions = (await db.auditLog.findMany({ where: { entityId: item.id }, orderBy: { createdAt: "asc" } })).map((row) => row.action);
    expect(actions).toEqual([
      "library.created",
      "library.fileAdded",
      "library.submitted",
      "library.returned",
      "library.published",
      "library.unpublished",
    ]);
  });

  it("a cadre cannot touch another's draft, nor see it in the back office", async () => {
    const item = await contribute(official);
    await expectAppError(
      saveLibraryTranslation({ itemId: item.id, locale: "en", title: "T", description: "D", transcript: null }, cadre),
      "form.forbidden",
    );
    await expectAppError(
      updateLibraryItemSettings(
        {
          id: item.id,
          type: "AUDIO",
          topic: "LAW",
          access: "PUBLIC",
          accessNote: null,
          itemLanguages: ["vi"],
          groupIds: [],
          source: null,
          year: null,
          licence: null,
        },
        cadre,
      ),
      "form.forbidden",
    );
    const mine = await contribute(cadre, "Của tôi");
    expect((await listLibraryForAdmin(cadre.actor, { page: 1 })).items.map((row) => row.id)).toEqual([mine.id]);
    expect((await listLibraryForAdmin(official.actor, { page: 1 })).total).toBe(2);
  });

  it("a failed change leaves no audit row", async () => {
    const item = await contribute(official);
    const before = await db.auditLog.count();
    await expectAppError(publishLibraryItem(item.id, official), "library.fileRequired");
    expect(await db.auditLog.count()).toBe(before);
  });

  it("a new file replaces a recording's file; removing it is audited", async () => {
    const item = await contribute(official);
    await addLibraryFile(item.id, { media: media("library/t/1.wav"), durationSeconds: 2, pageCount: null }, official);
    const second = await addLibraryFile(item.id, { media: media("library/t/2.wav"), durationSeconds: 4, pageCount: null }, official);
    expect(await db.libraryFile.count({ where: { itemId: item.id } })).toBe(1);
    await removeLibraryFile(second.id, official);
    expect(await db.libraryFile.count({ where: { itemId: item.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { entityId: item.id, action: "library.fileRemoved" } })).toBe(1);
  });

  it("public reads: only published items, filtered by group, language and type, found without accents", async () => {
    const published = await contribute(official);
    await addLibraryFile(published.id, { media: media("library/t/p.wav"), durationSeconds: 5, pageCount: null }, official);
    await publishLibraryItem(published.id, official);
    const draft = await contribute(official, "Bài hát ru bản nháp");

    const list = (query: Record<string, string>) => listLibraryItemsNow(ZLibraryFilters.parse(query), "vi");
    expect((await list({})).items.map((row) => row.id)).toEqual([published.id]);
    expect((await list({ group: "tay", topic: "language", lang: "tyz", type: "audio" })).total).toBe(1);
    expect((await list({ lang: "hmn" })).total).toBe(0);
    expect((await list({ q: "bai hat ru" })).items.map((row) => row.id)).toEqual([published.id]);
    expect((await list({ q: "ngu di con" })).total).toBe(1); // the transcript is searched too
    const hits = await searchLibrary({ query: "HAT RU", locale: "en", now: new Date(), limit: 10 });
    expect(hits).toMatchObject([{ id: published.id, type: "library", url: `/en/library/${published.id}`, lang: "vi" }]);
    expect((await list({})).items[0]).toMatchObject({ durationSeconds: 5, totalSize: 1234 });
    expect(await getPublicLibraryItemNow(draft.id)).toBeNull();
    expect(await getPublicLibraryItemNow(published.id)).toMatchObject({ itemLanguages: ["tyz"], groups: [{ slug: "tay" }] });
  });

  it("the media route finds the item of a stored file, for its access check", async () => {
    const item = await contribute(official, "Hát then", "COMMUNITY");
    await addLibraryFile(item.id, { media: media("library/t/c.wav"), durationSeconds: 5, pageCount: null }, official);
    expect(await libraryItemOfKey("library/t/c.wav")).toMatchObject({
      id: item.id,
      access: "COMMUNITY",
      state: "DRAFT",
      accessNote: "Cộng đồng đề nghị không phát tán",
    });
    expect(await libraryItemOfKey("library/t/none.wav")).toBeNull();
  });
});
