import type { Role } from "@/lib/generated/prisma/enums";

export const ROLES = ["ADMIN", "OFFICIAL", "COMMUNE_CADRE"] as const satisfies readonly Role[];

/**
 * How far a role's permission reaches: `all` = any resource in the province;
 * `ownCommune` = only resources of the commune the user is attached to.
 */
export type Reach = "all" | "ownCommune";

type Permission = {
  /** Who may, and how far. A role that is not listed may not. */
  grants: Partial<Record<Role, Reach>>;
};

/**
 * Every protected action of the portal and who may do it. The one place that decides:
 * server actions, route handlers and back-office pages all ask `can()`; the user-facing
 * description of each line is `admin:permissions.<action>`.
 */
export const PERMISSIONS = {
  "backoffice.access": { grants: { ADMIN: "all", OFFICIAL: "all", COMMUNE_CADRE: "all" } },
  "account.changeOwnPassword": { grants: { ADMIN: "all", OFFICIAL: "all", COMMUNE_CADRE: "all" } },
  "users.manage": { grants: { ADMIN: "all" } },
  // Sign-in locks (lib/auth/locks.ts): an administrator sees who is slowed down and can lift it.
  "signInLocks.manage": { grants: { ADMIN: "all" } },
  "audit.view": { grants: { ADMIN: "all" } },
  "settings.manage": { grants: { ADMIN: "all" } },
  "ethnicGroups.manage": { grants: { ADMIN: "all" } },
  "units.view": { grants: { ADMIN: "all", OFFICIAL: "all", COMMUNE_CADRE: "ownCommune" } },
  "units.manage": { grants: { ADMIN: "all", OFFICIAL: "all" } },
  "villages.manage": { grants: { ADMIN: "all", OFFICIAL: "all", COMMUNE_CADRE: "ownCommune" } },
  "dataset.view": { grants: { ADMIN: "all", OFFICIAL: "all", COMMUNE_CADRE: "ownCommune" } },
  "dataset.edit": { grants: { ADMIN: "all", OFFICIAL: "all", COMMUNE_CADRE: "ownCommune" } },
  "dataset.import": { grants: { ADMIN: "all", OFFICIAL: "all", COMMUNE_CADRE: "ownCommune" } },
  // Releasing a year's figures (or a revision) to the public: province staff, province-wide or
  // commune by commune (lib/dataset/release.ts). A cadre enters and imports; they do not publish.
  "dataset.release": { grants: { ADMIN: "all", OFFICIAL: "all" } },
  "indicators.manage": { grants: { ADMIN: "all", OFFICIAL: "all" } },
  "prestigiousPersons.view": { grants: { ADMIN: "all", OFFICIAL: "all", COMMUNE_CADRE: "ownCommune" } },
  "prestigiousPersons.manage": { grants: { ADMIN: "all", OFFICIAL: "all", COMMUNE_CADRE: "ownCommune" } },
  // Articles: a cadre writes commune updates of their own commune (lib/articles/policy.ts makes
  // every other kind province-wide); officials review, publish, withdraw and delete.
  "articles.edit": { grants: { ADMIN: "all", OFFICIAL: "all", COMMUNE_CADRE: "ownCommune" } },
  "articles.publish": { grants: { ADMIN: "all", OFFICIAL: "all" } },
  "articles.topics": { grants: { ADMIN: "all", OFFICIAL: "all" } },
  // Notices: a cadre prepares and issues (at once, no review: a flash-flood warning cannot wait)
  // notices whose whole area lies in their own commune (lib/notices/policy.ts); officials any area.
  "notices.manage": { grants: { ADMIN: "all", OFFICIAL: "all", COMMUNE_CADRE: "ownCommune" } },
  // Forum: officials moderate (publish, reject, merge, edit the published text, assign) every
  // question; a cadre answers, notes and asks the province for help on their own commune's
  // questions (lib/forum/policy.ts: the question's commune or the commune it is assigned to).
  "forum.moderate": { grants: { ADMIN: "all", OFFICIAL: "all" } },
  "forum.answer": { grants: { ADMIN: "all", OFFICIAL: "all", COMMUNE_CADRE: "ownCommune" } },
  "forum.submitOnBehalf": { grants: { ADMIN: "all", OFFICIAL: "all", COMMUNE_CADRE: "ownCommune" } },
  // E-library: everyone in the back office contributes (a cadre only their own drafts, see
  // lib/library/policy.ts); officials review and publish. COMMUNITY files: signed-in staff.
  "library.contribute": { grants: { ADMIN: "all", OFFICIAL: "all", COMMUNE_CADRE: "all" } },
  "library.publish": { grants: { ADMIN: "all", OFFICIAL: "all" } },
  "library.restrictedFiles": { grants: { ADMIN: "all", OFFICIAL: "all", COMMUNE_CADRE: "all" } },
  // Product showcase: a cadre manages producers and products of their own commune (the
  // producer's commune; lib/products/policy.ts), publishing included.
  "products.manage": { grants: { ADMIN: "all", OFFICIAL: "all", COMMUNE_CADRE: "ownCommune" } },
  // Reaching residents (lib/outbox, lib/subscriptions, lib/relays): officials watch the outbox
  // and send a failed message again; only administrators choose providers; officials look a
  // resident's subscriptions up and withdraw one at the resident's request (personal data: not
  // cadres, a subscription may be province-wide); a cadre relays to and reminds their own
  // commune's prestigious persons; everyone in the back office downloads loudspeaker bulletins.
  "outbox.view": { grants: { ADMIN: "all", OFFICIAL: "all" } },
  "outbox.manage": { grants: { ADMIN: "all", OFFICIAL: "all" } },
  "outbox.settings": { grants: { ADMIN: "all" } },
  "subscribers.manage": { grants: { ADMIN: "all", OFFICIAL: "all" } },
  "relays.manage": { grants: { ADMIN: "all", OFFICIAL: "all", COMMUNE_CADRE: "ownCommune" } },
  "bulletins.download": { grants: { ADMIN: "all", OFFICIAL: "all", COMMUNE_CADRE: "all" } },
  // Issue 16: the legal documents register and the search synonyms (officials keep both);
  // administrators send a user a one-time link to set a new password.
  "documents.manage": { grants: { ADMIN: "all", OFFICIAL: "all" } },
  "synonyms.manage": { grants: { ADMIN: "all", OFFICIAL: "all" } },
  "users.resetLink": { grants: { ADMIN: "all" } },
  // The commune office's contact (phone, address, hours): the commune's cadre keeps their own.
  "communeContact.edit": { grants: { ADMIN: "all", OFFICIAL: "all", COMMUNE_CADRE: "ownCommune" } },
  // Running the plan (lib/training, lib/lessons, lib/programme): a cadre sees and edits only
  // their own commune's training records (the course's commune; a province course is the
  // officials'); officials set each commune's yearly plan. Every staff member practises the
  // ethnic-language lessons and may suggest a phrase as a speaker; officials shape the courses
  // (the Vietnamese side) and approve a suggestion (never their own).
  "training.view": { grants: { ADMIN: "all", OFFICIAL: "all", COMMUNE_CADRE: "ownCommune" } },
  "training.manage": { grants: { ADMIN: "all", OFFICIAL: "all", COMMUNE_CADRE: "ownCommune" } },
  "training.plan": { grants: { ADMIN: "all", OFFICIAL: "all" } },
  "lessons.practise": { grants: { ADMIN: "all", OFFICIAL: "all", COMMUNE_CADRE: "all" } },
  "lessons.suggest": { grants: { ADMIN: "all", OFFICIAL: "all", COMMUNE_CADRE: "all" } },
  "lessons.manage": { grants: { ADMIN: "all", OFFICIAL: "all" } },
  "lessons.review": { grants: { ADMIN: "all", OFFICIAL: "all" } },
  // The plan's targets as live figures and the periodic report: the province's officials.
  "programme.view": { grants: { ADMIN: "all", OFFICIAL: "all" } },
  "programme.targets": { grants: { ADMIN: "all", OFFICIAL: "all" } },
  // Translation workbench (lib/translations): any staff user suggests into the languages on
  // their profile; a reviewer approves in the languages they review, never their own suggestion
  // (languageAllows below; lib/translations/policy.ts checks the row again in the transaction).
  // The glossary of a language is kept by its reviewers; expected characters by administrators.
  "translations.suggest": { grants: { ADMIN: "all", OFFICIAL: "all", COMMUNE_CADRE: "all" } },
  "translations.approve": { grants: { ADMIN: "all", OFFICIAL: "all", COMMUNE_CADRE: "all" } },
  "translations.languages": { grants: { ADMIN: "all" } },
} as const satisfies Record<string, Permission>;

export type Action = keyof typeof PERMISSIONS;
export const ACTIONS = Object.keys(PERMISSIONS) as Action[];

/** The part of a signed-in user that permissions look at. */
export type Actor = { role: Role; communeId: string | null };

/** What an action is about, when it belongs to a commune. Province-wide things: communeId null. */
export type Resource = { communeId: string | null };

/**
 * The resource a stored row is, for the permission check before a change to it: `row` is the
 * row's scope as loaded (e.g. `db.article.findUnique({ where: { id }, select: { kind: true,
 * communeId: true } })`), `resource` the domain's mapping (articleResource, noticeResource). An
 * id that names nothing is province-wide: only province staff get further, and the mutation then
 * answers "not found" — a cadre never learns which ids exist outside their commune.
 */
export async function resourceOf<T>(row: Promise<T | null>, resource: (row: T) => Resource): Promise<Resource> {
  const found = await row;
  return found ? resource(found) : { communeId: null };
}

/**
 * May `actor` do `action`?
 * - without `resource`: may they do it at all (to show a menu entry, to open a form);
 * - with `resource`: may they do it to this resource (a cadre only within their commune).
 * Anonymous visitors (null) may do none of these.
 */
export function can(actor: Actor | null, action: Action, resource?: Resource): boolean {
  if (!actor) return false;
  const grants: Partial<Record<Role, Reach>> = PERMISSIONS[action].grants;
  const reach = grants[actor.role];
  if (!reach) return false;
  if (reach === "all" || resource === undefined) return true;
  return actor.communeId !== null && resource.communeId === actor.communeId;
}

/** The reach of a role for an action, for building scoped queries (`where communeId = …`). */
export function reachOf(actor: Actor, action: Action): Reach | null {
  const grants: Partial<Record<Role, Reach>> = PERMISSIONS[action].grants;
  return grants[actor.role] ?? null;
}

/**
 * The communes an actor's permission reaches, for queries: `"all"`, or a Prisma filter on a
 * commune id column (`{ in: [own commune] }`; `{ in: [] }` — nothing — for a role without the
 * permission or a cadre without a commune). The one place that turns the table into a `where`.
 */
export type CommuneScope = "all" | { in: string[] };

export function communeScope(actor: Actor | null, action: Action): CommuneScope {
  const reach = actor ? reachOf(actor, action) : null;
  if (reach === "all") return "all";
  return { in: reach && actor?.communeId ? [actor.communeId] : [] };
}

/**
 * The commune a permission is limited to for this actor, or null when it reaches the whole
 * province (what a record made under that permission belongs to, e.g. an import's commune).
 */
export function limitedToCommune(actor: Actor, action: Action): string | null {
  const scope = communeScope(actor, action);
  return scope === "all" ? null : (scope.in[0] ?? null);
}

/** `communeScope` as a column filter: undefined (no filter) for "all". */
export function communeFilter(actor: Actor | null, action: Action): { in: string[] } | undefined {
  const scope = communeScope(actor, action);
  return scope === "all" ? undefined : scope;
}

/**
 * Whether `actor` may do `action` to a resource of any one of `communeIds` (a question asked in
 * one commune and assigned to another).
 */
export function canInAny(actor: Actor | null, action: Action, communeIds: readonly (string | null)[]): boolean {
  return communeIds.some((communeId) => can(actor, action, { communeId }));
}

/** The languages on a staff user's profile (set by an administrator). */
export type TranslatorLanguages = { translatesInto: readonly string[]; reviewsIn: readonly string[] };

/**
 * May `actor` suggest into (or approve in) `locale`? The permission table first, then the
 * languages on their profile: a reviewer of a language may also suggest in it. Interface
 * strings and content of vi and en are not translated here (files and the content editors).
 */
export function languageAllows(
  actor: (Actor & TranslatorLanguages) | null,
  action: "translations.suggest" | "translations.approve",
  locale: string,
): boolean {
  if (!actor || !can(actor, action)) return false;
  const languages = action === "translations.approve" ? actor.reviewsIn : [...actor.translatesInto, ...actor.reviewsIn];
  return languages.includes(locale);
}
