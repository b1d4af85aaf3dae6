import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { forumEditorDecisions } from "@/lib/forum/editor";

// The editor's decisions (which forms, links and notes a viewer gets) are a pure function of the
// item, the viewer and the time; the page only composes. The actions re-check on the stored row.

const official: Actor & { id: string } = { id: "o", role: "OFFICIAL", communeId: null };
const cadre: Actor & { id: string } = { id: "c", role: "COMMUNE_CADRE", communeId: "own" };
const now = new Date("2026-12-05T10:00:00Z");
const past = new Date("2026-12-01T10:00:00Z");

describe("forumEditorDecisions", () => {
  type Ref = Parameters<typeof forumEditorDecisions>[0];
  const question = (over: Partial<Ref> = {}): Ref => ({
    state: "SUBMITTED",
    publishedAt: null,
    mergedIntoId: null,
    answer: null,
    helpRequestedAt: null,
    ...over,
  });

  it("moderators moderate and assign a new question; answerers answer it privately and may ask for help", () => {
    expect(forumEditorDecisions(question(), official)).toMatchObject({
      moderator: true,
      moderation: true,
      assign: true,
      answerForm: true,
      privateAnswer: true,
      askHelp: false,
    });
    expect(forumEditorDecisions(question(), cadre)).toMatchObject({
      moderator: false,
      moderation: false,
      assign: false,
      answerForm: true,
      askHelp: true,
    });
    expect(forumEditorDecisions(question({ helpRequestedAt: now }), cadre).askHelp).toBe(false);
  });

  it("an answered question offers editing the answer and closing; a merged one offers nothing", () => {
    const answered = forumEditorDecisions(question({ state: "ANSWERED", publishedAt: past, answer: {} }), official);
    expect(answered).toMatchObject({ answerForm: true, privateAnswer: false, publicLink: true });
    expect(answered.allowed).toMatchObject({ close: true, answer: false, editAnswer: true, reject: false });
    const merged = forumEditorDecisions(question({ mergedIntoId: "other" }), official);
    expect(merged).toMatchObject({ moderation: false, assign: false, answerForm: false, publicLink: false });
  });
});
