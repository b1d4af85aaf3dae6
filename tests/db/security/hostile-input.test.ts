/* eslint-disable max-lines -- one generated-input run per public form, sharing the generators */
/**
 * Every public form and the search box against generated hostile input (fast-check, at least
 * HOSTILE_RUNS inputs each), through the same code the pages and routes run: never a server error
 * (an exception other than a redirect), never a redirect off the site, never stored text that
 * renders as markup. The e2e spec tests/e2e/security.spec.ts sends a sample over HTTP.
 */
import fc from "fast-check";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { HOSTILE_RUNS, activeMarkup, hostileFields, hostileString } from "../../fixtures/hostile";
import { communeBySlug, db, resetDatabase, seedBase } from "../helpers";

const request = vi.hoisted(() => ({ ip: 0 }));
vi.mock("next/cache", () => ({ unstable_cache: <T>(fn: T) => fn, updateTag: () => {}, revalidateTag: () => {}, refresh: () => {} }));
vi.mock("next/headers", () => ({
  // A new address now and then, so the per-address limits are met too but do not end the test.
  headers: async () =>
    new Headers({ "x-forwarded-for": `198.18.${Math.floor(request.ip / 250) % 250}.${request.ip++ % 250}`, host: "dantoc.example.gov.vn" }),
  cookies: async () => ({ get: () => undefined, set: () => {} }),
}));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw Object.assign(new Error(`redirect ${url}`), { redirectTo: url });
  },
  notFound: () => {
    throw Object.assign(new Error("notFound"), { notFound: true });
  },
}));
vi.mock("@/lib/auth/session", () => ({ getViewer: async () => null, startSession: async () => {}, endSession: async () => {} }));

const { askQuestionAction } = await import("@/lib/forum/actions");
const { signIn } = await import("@/lib/auth/actions");
const commune = await import("@/app/preferences/commune/route");
const textSize = await import("@/app/preferences/text-size/route");
const localeRoute = await import("@/app/preferences/locale/route");
const { search } = await import("@/lib/search");
const { listPublicQuestionsNow } = await import("@/lib/forum/queries");
const { ZPublicForumFilters } = await import("@/lib/forum/schema");
const { listLibraryItemsNow } = await import("@/lib/library/queries");
const { ZLibraryFilters } = await import("@/lib/library/schema");
const { listPublicProducts } = await import("@/lib/products/queries");
const { ZPublicProductFilters } = await import("@/lib/products/schema");
const { listPublicNoticesAt } = await import("@/lib/notices/queries");
const { ZPublicNoticeFilters } = await import("@/lib/notices/schema");
const questionPage = await import("@/app/(dynamic)/[locale]/forum/[id]/page");

/** Runs an action as Next would: a redirect is an answer, anything else thrown is a 500. */
async function act<T>(work: () => Promise<T>): Promise<T | { redirectTo: string }> {
  try {
    return await work();
  } catch (error) {
    const to = (error as { redirectTo?: string }).redirectTo;
    if (to) return { redirectTo: to };
    throw error;
  }
}

const form = (pairs: [string, string][]) => {
  const data = new FormData();
  for (const [key, value] of pairs) data.append(key, value);
  return data;
};

/** Where a browser lands with this Location: always this site. */
const staysOnSite = (location: string | null) =>
  location !== null && new URL(location, "https://dantoc.example.gov.vn/vi").origin === "https://dantoc.example.gov.vn";

/** A query string as a hand-edited address or a crafted link gives it: values may repeat. */
const hostileQuery = (names: string[]) =>
  fc.dictionary(fc.oneof(fc.constantFrom(...names), hostileString), fc.oneof(hostileString, fc.array(hostileString, { maxLength: 3 })), {
    maxKeys: 6,
  });

describe("hostile input at every public form and the search box", () => {
  let communeId: string;
  beforeAll(async () => {
    await resetDatabase();
    await seedBase();
    communeId = (await communeBySlug("minh-dan")).id;
  });

  it(
    `the forum's ask form: ${HOSTILE_RUNS} generated posts, no server error, nothing stored that renders as markup`,
    { timeout: 300_000 },
    async () => {
      // Half crafted anyhow, half a well-formed question whose own text is hostile (what gets stored).
      const crafted = hostileFields(["body", "topic", "communeId", "name", "showName", "phone", "consent", "locale", "website"], {
        topic: fc.constantFrom("POLICY", "HEALTH", "LAND"),
        communeId: fc.constant("COMMUNE"),
        consent: fc.constant("on"),
        locale: fc.constantFrom("vi", "en", "tyz"),
      });
      const wellFormed = fc
        .record({
          body: hostileString,
          name: hostileString,
          phone: fc.constantFrom("", "0912 345 678", "+84 98 765 4321"),
          showName: fc.constantFrom("", "on"),
        })
        .map(({ body, name, phone, showName }): [string, string][] => [
          ["body", `Xin hỏi về hỗ trợ ${body}`.slice(0, 3000)],
          ["topic", "POLICY"],
          ["communeId", "COMMUNE"],
          ["name", name.slice(0, 120)],
          ["phone", phone],
          ["showName", showName],
          ["consent", "on"],
          ["locale", "vi"],
          ["website", ""],
        ]);
      const fields = fc.oneof(crafted, wellFormed);
      await fc.assert(
        fc.asyncProperty(fields, async (pairs) => {
          const result = await act(() => askQuestionAction({}, form(pairs.map(([k, v]) => [k, v === "COMMUNE" ? communeId : v]))));
          if ("redirectTo" in result) expect(staysOnSite(result.redirectTo)).toBe(true);
          else expect(typeof result.ok).toBe("boolean");
        }),
        { numRuns: HOSTILE_RUNS },
      );
      const stored = await db.forumQuestion.findMany({ select: { number: true } });
      expect(stored.length).toBeGreaterThan(0);
      for (const { number } of stored.slice(0, 200)) {
        await db.forumQuestion.update({ where: { number }, data: { state: "PUBLISHED", publishedAt: new Date(), showName: true } });
        // The public page as the server renders it: the question's text, the asker's name.
        const page = await questionPage.default({ params: Promise.resolve({ locale: "vi", id: String(number) }) } as Parameters<
          typeof questionPage.default
        >[0]);
        expect(activeMarkup(renderToStaticMarkup(page))).toBeNull();
      }
    },
  );

  it(`the sign-in form: ${HOSTILE_RUNS} generated posts, no server error, no redirect off the site`, { timeout: 300_000 }, async () => {
    const fields = hostileFields(["email", "password", "next"], { email: fc.constantFrom("official@demo.local", "nobody@demo.local") });
    await fc.assert(
      fc.asyncProperty(fields, async (pairs) => {
        const result = await act(() => signIn({}, form(pairs)));
        if ("redirectTo" in result) expect(staysOnSite(result.redirectTo)).toBe(true);
        else expect(result.ok).toBe(false);
      }),
      { numRuns: HOSTILE_RUNS },
    );
  });

  it(
    `the preference forms: ${HOSTILE_RUNS} generated posts each, never a 5xx, never off the site, only valid cookies`,
    { timeout: 300_000 },
    async () => {
      const body = fc.oneof(
        hostileFields(["commune", "size", "next"], {
          commune: fc.constantFrom("minh-dan", "thuong-lam"),
          size: fc.constantFrom("larger", "smaller", "reset"),
        }).map((pairs) => ({ body: form(pairs) as BodyInit, type: undefined as string | undefined })),
        fc
          .tuple(
            hostileString,
            fc.constantFrom("application/x-www-form-urlencoded", "multipart/form-data", "multipart/form-data; boundary=x", "text/plain"),
          )
          .map(([text, type]) => ({ body: text as BodyInit, type })),
      );
      const origin = fc.constantFrom(undefined, "https://dantoc.example.gov.vn", "https://evil.example", "null");
      await fc.assert(
        fc.asyncProperty(body, origin, fc.boolean(), async ({ body: content, type }, from, toTextSize) => {
          const headers: Record<string, string> = { host: "dantoc.example.gov.vn" };
          if (type) headers["content-type"] = type;
          if (from) headers.origin = from;
          const post = new Request("http://127.0.0.1/preferences/x", { method: "POST", body: content, headers });
          const response = toTextSize ? await textSize.POST(post) : await commune.POST(post);
          expect(response.status).toBeLessThan(500);
          if (response.status === 303) expect(staysOnSite(response.headers.get("location"))).toBe(true);
          const cookie = response.headers.get("set-cookie");
          if (cookie) expect(cookie).toMatch(/^portal_(commune=(minh-dan|thuong-lam)?|text_size=-?\d);/);
          if (cookie) expect(from === undefined || from === "https://dantoc.example.gov.vn").toBe(true);
        }),
        { numRuns: HOSTILE_RUNS },
      );
      await fc.assert(
        fc.asyncProperty(hostileQuery(["locale", "next"]), async (query) => {
          const url = new URL("http://127.0.0.1/preferences/locale");
          for (const [key, value] of Object.entries(query)) for (const v of [value].flat()) url.searchParams.append(key, v);
          const response = await localeRoute.GET(new Request(url, { headers: { host: "dantoc.example.gov.vn" } }));
          expect(response.status).toBe(303);
          expect(staysOnSite(response.headers.get("location"))).toBe(true);
        }),
        { numRuns: HOSTILE_RUNS },
      );
    },
  );

  it(`the search box: ${HOSTILE_RUNS} generated queries in every language, no server error`, { timeout: 300_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(
        hostileString,
        fc.constantFrom("vi", "en", "tyz", "ium", "hmn" as const),
        fc.integer({ min: 1, max: 3 }),
        async (q, locale, page) => {
          const result = await search({ q, locale, page });
          expect(Array.isArray(result.hits)).toBe(true);
        },
      ),
      { numRuns: HOSTILE_RUNS },
    );
  });

  // Each list runs its real query per input: slow on a loaded machine, hence the long timeouts.
  it(`the forum list's filters: ${HOSTILE_RUNS} generated queries, no server error`, { timeout: 300_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(hostileQuery(["q", "topic", "commune", "page"]), async (query) => {
        const filters = ZPublicForumFilters.parse(query);
        await listPublicQuestionsNow({ q: filters.q, topic: filters.topic, commune: filters.commune, page: filters.page });
      }),
      { numRuns: HOSTILE_RUNS },
    );
  });

  it(`the library's filters: ${HOSTILE_RUNS} generated queries, no server error`, { timeout: 300_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(hostileQuery(["q", "group", "topic", "type", "lang", "page"]), async (query) => {
        await listLibraryItemsNow(ZLibraryFilters.parse(query), "vi");
      }),
      { numRuns: HOSTILE_RUNS },
    );
  });

  it(`the products' and notices' filters: ${HOSTILE_RUNS} generated queries each, no server error`, { timeout: 300_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(hostileQuery(["category", "commune", "stars", "season", "page"]), async (query) => {
        await listPublicProducts(ZPublicProductFilters.parse(query), "2026-12-04");
      }),
      { numRuns: HOSTILE_RUNS },
    );
    await fc.assert(
      fc.asyncProperty(hostileQuery(["commune", "category", "archive", "page"]), async (query) => {
        const filters = ZPublicNoticeFilters.parse(query);
        await listPublicNoticesAt(
          { commune: filters.commune, category: filters.category, archive: filters.archive === "1", page: filters.page },
          new Date(),
        );
      }),
      { numRuns: HOSTILE_RUNS },
    );
  });
});
