import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { libraryEditorDecisions } from "@/lib/library/editor";

// The editor's decisions (which forms, links and notes a viewer gets) are a pure function of the
// item, the viewer and the time; the page only composes. The actions re-check on the stored row.

const official: Actor & { id: string } = { id: "o", role: "OFFICIAL", communeId: null };
const cadre: Actor & { id: string } = { id: "c", role: "COMMUNE_CADRE", communeId: "own" };

describe("libraryEditorDecisions", () => {
  const item = (state: "DRAFT" | "IN_REVIEW" | "PUBLISHED", authorId: string | null = "c") => ({ state, authorId });

  it("a contributor edits and submits their own draft only", () => {
    expect(libraryEditorDecisions(item("DRAFT"), cadre)).toMatchObject({
      editable: true,
      submit: true,
      publish: false,
      return: false,
      unpublish: false,
    });
    expect(libraryEditorDecisions(item("IN_REVIEW"), cadre)).toMatchObject({ editable: false, submit: false });
    expect(libraryEditorDecisions(item("DRAFT", "someone-else"), cadre)).toMatchObject({ editable: false, submit: false });
  });

  it("a reviewer publishes directly, returns what is in review and unpublishes", () => {
    expect(libraryEditorDecisions(item("DRAFT"), official)).toMatchObject({ editable: true, submit: false, publish: true, return: false });
    expect(libraryEditorDecisions(item("IN_REVIEW"), official)).toMatchObject({ publish: true, return: true, unpublish: false });
    expect(libraryEditorDecisions(item("PUBLISHED"), official)).toMatchObject({ publish: false, unpublish: true, publicLink: true });
  });
});
