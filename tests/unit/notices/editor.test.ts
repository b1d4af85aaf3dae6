import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { noticeEditorDecisions } from "@/lib/notices/editor";

// The editor's decisions (which forms, links and notes a viewer gets) are a pure function of the
// item, the viewer and the time; the page only composes. The actions re-check on the stored row.

const official: Actor & { id: string } = { id: "o", role: "OFFICIAL", communeId: null };
const cadre: Actor & { id: string } = { id: "c", role: "COMMUNE_CADRE", communeId: "own" };
const now = new Date("2026-12-05T10:00:00Z");
const past = new Date("2026-12-01T10:00:00Z");
const future = new Date("2026-12-09T10:00:00Z");

describe("noticeEditorDecisions", () => {
  type Ref = Parameters<typeof noticeEditorDecisions>[0];
  const notice = (over: Partial<Ref> = {}): Ref => ({
    state: "DRAFT",
    msgType: "ALERT",
    allClear: false,
    expiresAt: future,
    supersededBy: null,
    translations: [{ locale: "vi" }],
    ...over,
  });

  it("a draft is edited, previewed and issued; no relay figures yet", () => {
    expect(noticeEditorDecisions(notice(), cadre, now)).toMatchObject({
      status: "DRAFT",
      draft: true,
      active: false,
      preview: true,
      reachPreview: true,
      relayFigures: false,
      remind: false,
      allowProvince: false,
    });
    expect(noticeEditorDecisions(notice({ translations: [{ locale: "en" }] }), official, now)).toMatchObject({
      preview: false,
      reachPreview: false,
      bulletin: false,
      allowProvince: true,
    });
  });

  it("a notice in force is read-only and offers update, all-clear, cancel and reminders", () => {
    const active = noticeEditorDecisions(notice({ state: "ISSUED" }), cadre, now);
    expect(active).toMatchObject({
      draft: false,
      active: true,
      preview: false,
      reachPreview: true,
      relayFigures: true,
      remind: true,
      remindCommune: "own",
      pendingUpdate: null,
    });
    expect(noticeEditorDecisions(notice({ state: "ISSUED" }), official, now).remindCommune).toBeNull();
  });

  it("points to the update already prepared instead of preparing another", () => {
    const d = noticeEditorDecisions(notice({ state: "ISSUED", supersededBy: { id: "next", state: "DRAFT" } }), official, now);
    expect(d.pendingUpdate).toBe("next");
  });

  it("an expired notice offers no steps and no reminders", () => {
    expect(noticeEditorDecisions(notice({ state: "ISSUED", expiresAt: past }), official, now)).toMatchObject({
      status: "EXPIRED",
      active: false,
      remind: false,
      reachPreview: false,
    });
  });
});
