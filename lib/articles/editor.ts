import { editProblem } from "@/lib/articles/policy";
import { isLive } from "@/lib/articles/states";
import { can, communeScope, type Actor } from "@/lib/auth/permissions";
import { canEditArticleDocuments } from "@/lib/documents/policy";
import type { ArticleKind, ArticleState } from "@/lib/generated/prisma/enums";

type EditorArticleRef = {
  kind: ArticleKind;
  communeId: string | null;
  state: ArticleState;
  deletedAt: Date | null;
  publishAt: Date | null;
};

/**
 * What the article editor shows this viewer for this article at `now`: which forms are open and
 * which links and notes appear. Pure, so the rules are tested without a page; the actions check
 * the same rules again on the stored row (lib/articles/mutations.ts), this only decides the view.
 */
export function articleEditorDecisions(article: EditorArticleRef, viewer: Actor, now: Date) {
  const editable = editProblem(viewer, article) === null;
  const live = isLive(article, now);
  const relayScope = communeScope(viewer, "relays.manage");
  return {
    /** Settings, text, media and their removal: a cadre's own draft, or any article for an official. */
    editable,
    live,
    /** A reviewer looking at a submitted article sees what changed since they last decided on it. */
    reviewDiff: article.state === "IN_REVIEW" && can(viewer, "articles.publish"),
    /** The legal documents the article cites (not for commune updates). */
    citations: canEditArticleDocuments(viewer, article),
    publicLink: live || article.state === "WITHDRAWN",
    /** Editing a live article changes what readers see at once: say so above the text form. */
    liveNote: live && editable,
    history: can(viewer, "audit.view"),
    bulletin: can(viewer, "bulletins.download"),
    /** Sending a live article to the prestigious persons; `relayScope` limits the communes offered. */
    relays: live && can(viewer, "relays.manage"),
    relayScope,
  };
}

export type ArticleEditorDecisions = ReturnType<typeof articleEditorDecisions>;
