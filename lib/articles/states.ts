import type { ArticleKind, ArticleState } from "@/lib/generated/prisma/enums";

export const ARTICLE_KINDS = ["POLICY", "LAW", "COMMUNE_UPDATE"] as const satisfies readonly ArticleKind[];
export const ARTICLE_STATES = ["DRAFT", "IN_REVIEW", "PUBLISHED", "WITHDRAWN"] as const satisfies readonly ArticleState[];

/** The public sections and the kinds each lists: news = policy news and commune updates. */
export const SECTIONS = { news: ["POLICY", "COMMUNE_UPDATE"], law: ["LAW"] } as const satisfies Record<string, readonly ArticleKind[]>;
export type Section = keyof typeof SECTIONS;

export function sectionOf(kind: ArticleKind): Section {
  return kind === "LAW" ? "law" : "news";
}

/**
 * The workflow. Every change of state is one of these, each its own action:
 * submit (author → reviewer), return (reviewer → author, with a comment), publish (now or at a
 * set time; also approves a submitted article and republishes a withdrawn one), withdraw (with
 * a public reason). Deleting a page published in error is not a state: it sets `deletedAt`.
 */
export const TRANSITIONS = {
  submit: { from: ["DRAFT"], to: "IN_REVIEW" },
  return: { from: ["IN_REVIEW"], to: "DRAFT" },
  publish: { from: ["DRAFT", "IN_REVIEW", "PUBLISHED", "WITHDRAWN"], to: "PUBLISHED" },
  withdraw: { from: ["PUBLISHED"], to: "WITHDRAWN" },
} as const satisfies Record<string, { from: readonly ArticleState[]; to: ArticleState }>;
export type Transition = keyof typeof TRANSITIONS;

/** The outcomes of workflow steps, shown by the editor after it (`?done=`), as `admin:articles.<key>`. */
export const WORKFLOW_DONE = ["submitted", "returned", "published", "scheduled", "withdrawn"] as const;

type StateOf = { state: ArticleState; publishAt: Date | null; deletedAt?: Date | null };

/** True when the article is public at `now`: published and its time has come. */
export function isLive(article: StateOf, now: Date): boolean {
  return article.state === "PUBLISHED" && article.publishAt !== null && article.publishAt <= now && !article.deletedAt;
}

/** Published with a future time: waiting for it. */
export function isScheduled(article: StateOf, now: Date): boolean {
  return article.state === "PUBLISHED" && article.publishAt !== null && article.publishAt > now;
}

/**
 * Why `transition` cannot happen to `article` now (an `errors` key), or null when it can.
 * Publishing an article that is already live is not a transition (edits to it are saved with a
 * change note instead); a scheduled one may be published again to change its time.
 */
export function transitionProblem(article: StateOf & { hasVietnamese?: boolean }, transition: Transition, now: Date): string | null {
  if (article.deletedAt) return "form.notFound";
  const allowed: readonly ArticleState[] = TRANSITIONS[transition].from;
  if (!allowed.includes(article.state)) return "article.wrongState";
  if (transition === "publish" && isLive(article, now)) return "article.wrongState";
  if (transition === "publish" && article.hasVietnamese === false) return "article.vietnameseRequired";
  return null;
}

/** What the back office shows as an article's status (scheduled is PUBLISHED with a future time). */
export function displayStatus(article: StateOf, now: Date): ArticleState | "SCHEDULED" {
  return isScheduled(article, now) ? "SCHEDULED" : article.state;
}
