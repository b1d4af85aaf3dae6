import { describe, expect, it } from "vitest";
import {
  ACTIONS,
  ROLES,
  can,
  canInAny,
  communeFilter,
  communeScope,
  limitedToCommune,
  type Action,
  type Actor,
} from "@/lib/auth/permissions";

const OWN = "commune-own";
const OTHER = "commune-other";

/**
 * The expected answer for every action, written out by hand (not derived from the table under
 * test): what each role may do with no resource, with its own commune's resource, with another
 * commune's resource, and with a province-wide resource (communeId null).
 */
type Row = Record<(typeof ROLES)[number], { any: boolean; own: boolean; other: boolean; province: boolean }>;
const yes = { any: true, own: true, other: true, province: true };
const no = { any: false, own: false, other: false, province: false };
const ownOnly = { any: true, own: true, other: false, province: false };

const EXPECTED: Record<Action, Row> = {
  "backoffice.access": { ADMIN: yes, OFFICIAL: yes, COMMUNE_CADRE: yes },
  "account.changeOwnPassword": { ADMIN: yes, OFFICIAL: yes, COMMUNE_CADRE: yes },
  "users.manage": { ADMIN: yes, OFFICIAL: no, COMMUNE_CADRE: no },
  "signInLocks.manage": { ADMIN: yes, OFFICIAL: no, COMMUNE_CADRE: no },
  "audit.view": { ADMIN: yes, OFFICIAL: no, COMMUNE_CADRE: no },
  "settings.manage": { ADMIN: yes, OFFICIAL: no, COMMUNE_CADRE: no },
  "ethnicGroups.manage": { ADMIN: yes, OFFICIAL: no, COMMUNE_CADRE: no },
  "units.view": { ADMIN: yes, OFFICIAL: yes, COMMUNE_CADRE: ownOnly },
  "units.manage": { ADMIN: yes, OFFICIAL: yes, COMMUNE_CADRE: no },
  "villages.manage": { ADMIN: yes, OFFICIAL: yes, COMMUNE_CADRE: ownOnly },
  "dataset.view": { ADMIN: yes, OFFICIAL: yes, COMMUNE_CADRE: ownOnly },
  "dataset.edit": { ADMIN: yes, OFFICIAL: yes, COMMUNE_CADRE: ownOnly },
  "dataset.import": { ADMIN: yes, OFFICIAL: yes, COMMUNE_CADRE: ownOnly },
  "dataset.release": { ADMIN: yes, OFFICIAL: yes, COMMUNE_CADRE: no },
  "indicators.manage": { ADMIN: yes, OFFICIAL: yes, COMMUNE_CADRE: no },
  "prestigiousPersons.view": { ADMIN: yes, OFFICIAL: yes, COMMUNE_CADRE: ownOnly },
  "prestigiousPersons.manage": { ADMIN: yes, OFFICIAL: yes, COMMUNE_CADRE: ownOnly },
  "articles.edit": { ADMIN: yes, OFFICIAL: yes, COMMUNE_CADRE: ownOnly },
  "articles.publish": { ADMIN: yes, OFFICIAL: yes, COMMUNE_CADRE: no },
  "articles.topics": { ADMIN: yes, OFFICIAL: yes, COMMUNE_CADRE: no },
  "notices.manage": { ADMIN: yes, OFFICIAL: yes, COMMUNE_CADRE: ownOnly },
  "forum.moderate": { ADMIN: yes, OFFICIAL: yes, COMMUNE_CADRE: no },
  "forum.answer": { ADMIN: yes, OFFICIAL: yes, COMMUNE_CADRE: ownOnly },
  "forum.submitOnBehalf": { ADMIN: yes, OFFICIAL: yes, COMMUNE_CADRE: ownOnly },
  // Library: a cadre contributes province-wide (policy.ts limits them to their own drafts).
  "library.contribute": { ADMIN: yes, OFFICIAL: yes, COMMUNE_CADRE: yes },
  "library.publish": { ADMIN: yes, OFFICIAL: yes, COMMUNE_CADRE: no },
  "library.restrictedFiles": { ADMIN: yes, OFFICIAL: yes, COMMUNE_CADRE: yes },
  "products.manage": { ADMIN: yes, OFFICIAL: yes, COMMUNE_CADRE: ownOnly },
  "outbox.view": { ADMIN: yes, OFFICIAL: yes, COMMUNE_CADRE: no },
  "outbox.manage": { ADMIN: yes, OFFICIAL: yes, COMMUNE_CADRE: no },
  "outbox.settings": { ADMIN: yes, OFFICIAL: no, COMMUNE_CADRE: no },
  "subscribers.manage": { ADMIN: yes, OFFICIAL: yes, COMMUNE_CADRE: no },
  "relays.manage": { ADMIN: yes, OFFICIAL: yes, COMMUNE_CADRE: ownOnly },
  "bulletins.download": { ADMIN: yes, OFFICIAL: yes, COMMUNE_CADRE: yes },
  "documents.manage": { ADMIN: yes, OFFICIAL: yes, COMMUNE_CADRE: no },
  "synonyms.manage": { ADMIN: yes, OFFICIAL: yes, COMMUNE_CADRE: no },
  "users.resetLink": { ADMIN: yes, OFFICIAL: no, COMMUNE_CADRE: no },
  "communeContact.edit": { ADMIN: yes, OFFICIAL: yes, COMMUNE_CADRE: ownOnly },
  // Training records: a cadre only their own commune's (a province course is not theirs).
  "training.view": { ADMIN: yes, OFFICIAL: yes, COMMUNE_CADRE: ownOnly },
  "training.manage": { ADMIN: yes, OFFICIAL: yes, COMMUNE_CADRE: ownOnly },
  "training.plan": { ADMIN: yes, OFFICIAL: yes, COMMUNE_CADRE: no },
  "lessons.practise": { ADMIN: yes, OFFICIAL: yes, COMMUNE_CADRE: yes },
  "lessons.suggest": { ADMIN: yes, OFFICIAL: yes, COMMUNE_CADRE: yes },
  "lessons.manage": { ADMIN: yes, OFFICIAL: yes, COMMUNE_CADRE: no },
  "lessons.review": { ADMIN: yes, OFFICIAL: yes, COMMUNE_CADRE: no },
  "programme.view": { ADMIN: yes, OFFICIAL: yes, COMMUNE_CADRE: no },
  "programme.targets": { ADMIN: yes, OFFICIAL: yes, COMMUNE_CADRE: no },
  // Translations: every staff user, limited by the languages on their profile (languageAllows).
  "translations.suggest": { ADMIN: yes, OFFICIAL: yes, COMMUNE_CADRE: yes },
  "translations.approve": { ADMIN: yes, OFFICIAL: yes, COMMUNE_CADRE: yes },
  "translations.languages": { ADMIN: yes, OFFICIAL: no, COMMUNE_CADRE: no },
};

function actor(role: (typeof ROLES)[number]): Actor {
  return { role, communeId: role === "COMMUNE_CADRE" ? OWN : null };
}

describe("permission matrix: every action × role × own/other commune", () => {
  it("has an expectation for every action in the table", () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...ACTIONS].sort());
  });

  for (const action of ACTIONS) {
    for (const role of ROLES) {
      const expected = EXPECTED[action][role];
      it(`${action} · ${role}`, () => {
        expect(can(actor(role), action), "without a resource").toBe(expected.any);
        expect(can(actor(role), action, { communeId: OWN }), "own commune").toBe(expected.own);
        expect(can(actor(role), action, { communeId: OTHER }), "other commune").toBe(expected.other);
        expect(can(actor(role), action, { communeId: null }), "province-wide").toBe(expected.province);
      });
    }
    it(`${action} · anonymous`, () => {
      expect(can(null, action)).toBe(false);
      expect(can(null, action, { communeId: OWN })).toBe(false);
    });
  }

  it("a cadre without a commune reaches no commune", () => {
    const orphan: Actor = { role: "COMMUNE_CADRE", communeId: null };
    expect(can(orphan, "villages.manage", { communeId: null })).toBe(false);
    expect(can(orphan, "villages.manage", { communeId: OWN })).toBe(false);
  });
});

describe("communeScope: the table as a query filter", () => {
  it("gives every role exactly the communes can() allows, for every action", () => {
    for (const action of ACTIONS) {
      for (const role of ROLES) {
        const scope = communeScope(actor(role), action);
        const reaches = (communeId: string) => scope === "all" || scope.in.includes(communeId);
        expect(reaches(OWN), `${action} · ${role} · own`).toBe(can(actor(role), action, { communeId: OWN }) || scope === "all");
        expect(reaches(OTHER), `${action} · ${role} · other`).toBe(can(actor(role), action, { communeId: OTHER }));
        if (!can(actor(role), action)) expect(scope).toEqual({ in: [] });
      }
    }
  });

  it("filters to nothing, never to a made-up id, for a cadre without a commune or anyone without the permission", () => {
    expect(communeScope({ role: "COMMUNE_CADRE", communeId: null }, "dataset.view")).toEqual({ in: [] });
    expect(communeFilter(actor("COMMUNE_CADRE"), "users.manage")).toEqual({ in: [] });
    expect(communeFilter(null, "dataset.view")).toEqual({ in: [] });
    expect(communeFilter(actor("OFFICIAL"), "dataset.view")).toBeUndefined();
    expect(communeFilter(actor("COMMUNE_CADRE"), "dataset.view")).toEqual({ in: [OWN] });
  });

  it("says which commune a record made under a permission belongs to, and whether any of several communes is reached", () => {
    expect(limitedToCommune(actor("COMMUNE_CADRE"), "dataset.import")).toBe(OWN);
    expect(limitedToCommune(actor("OFFICIAL"), "dataset.import")).toBeNull();
    expect(canInAny(actor("COMMUNE_CADRE"), "forum.answer", [OTHER, OWN])).toBe(true);
    expect(canInAny(actor("COMMUNE_CADRE"), "forum.answer", [OTHER, null])).toBe(false);
  });
});
