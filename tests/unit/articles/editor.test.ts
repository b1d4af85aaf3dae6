import { describe, expect, it } from "vitest";
import { articleEditorDecisions } from "@/lib/articles/editor";
import type { Actor } from "@/lib/auth/permissions";

// The editor's decisions (which forms, links and notes a viewer gets) are a pure function of the
// item, the viewer and the time; the page only composes. The actions re-check on the stored row.

const admin: Actor & { id: string } = { id: "a", role: "ADMIN", communeId: null };
const official: Actor & { id: string } = { id: "o", role: "OFFICIAL", communeId: null };
const cadre: Actor & { id: string } = { id: "c", role: "COMMUNE_CADRE", communeId: "own" };
const now = new Date("2026-12-05T10:00:00Z");
const past = new Date("2026-12-01T10:00:00Z");
const future = new Date("2026-12-09T10:00:00Z");

describe("articleEditorDecisions", () => {
  type Ref = Parameters<typeof articleEditorDecisions>[0];
  const article = (over: Partial<Ref> = {}): Ref => ({
    kind: "COMMUNE_UPDATE",
    communeId: "own",
    state: "DRAFT",
    deletedAt: null,
    publishAt: null,
    ...over,
  });

  it("a cadre edits their commune's draft but not once it is in review, and never sees the review diff", () => {
    expect(articleEditorDecisions(article(), cadre, now)).toMatchObject({
      editable: true,
      reviewDiff: false,
      live: false,
      publicLink: false,
      history: false,
    });
    expect(articleEditorDecisions(article({ state: "IN_REVIEW" }), cadre, now)).toMatchObject({ editable: false, reviewDiff: false });
    expect(articleEditorDecisions(article({ communeId: "other" }), cadre, now).editable).toBe(false);
  });

  it("a reviewer sees what changed on a submitted article", () => {
    expect(articleEditorDecisions(article({ state: "IN_REVIEW" }), official, now)).toMatchObject({ editable: true, reviewDiff: true });
  });

  it("a live article warns the editor, links to the public page and may go to the relays; a scheduled one does not", () => {
    const live = articleEditorDecisions(article({ kind: "POLICY", communeId: null, state: "PUBLISHED", publishAt: past }), official, now);
    expect(live).toMatchObject({ live: true, liveNote: true, publicLink: true, relays: true, relayScope: "all" });
    const scheduled = articleEditorDecisions(
      article({ kind: "POLICY", communeId: null, state: "PUBLISHED", publishAt: future }),
      official,
      now,
    );
    expect(scheduled).toMatchObject({ live: false, liveNote: false, publicLink: false, relays: false });
    expect(articleEditorDecisions(article({ state: "WITHDRAWN", publishAt: past }), official, now).publicLink).toBe(true);
  });

  it("a cadre's relays are their own commune's; citations are not for commune news", () => {
    const live = articleEditorDecisions(article({ state: "PUBLISHED", publishAt: past }), cadre, now);
    expect(live.relayScope).toEqual({ in: ["own"] });
    expect(live.citations).toBe(false);
    expect(articleEditorDecisions(article({ kind: "POLICY", communeId: null }), official, now).citations).toBe(true);
    expect(articleEditorDecisions(article(), admin, now).history).toBe(true);
  });
});
