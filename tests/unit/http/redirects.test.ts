import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formFields } from "@/lib/http/form-fields";
import { savePreference } from "@/lib/http/preference-cookie";
import { sameOrigin } from "@/lib/http/same-origin";
import { safeNextPath } from "@/lib/http/safe-path";

const SITE = "https://dantoc.example.gov.vn";

/** Where a browser goes with this Location, read by the WHATWG URL parser as browsers do. */
const landsOn = (location: string) => new URL(location, `${SITE}/vi/notices`).origin;

// Known ways to write an off-site address that still starts with "/", as a browser reads them.
const BYPASSES = [
  "//evil.example",
  "///evil.example",
  "////evil.example/",
  "/\\evil.example",
  "/\\/evil.example",
  "\\\\evil.example",
  "/\t/evil.example/",
  "/\n/evil.example",
  "/\r\n/evil.example",
  "/\u0000/evil.example",
  "/ /evil.example",
  "/\u000b/evil.example",
  "/./\\evil.example",
  "/.//evil.example",
  "/..//evil.example",
  "/a/..//evil.example",
  "/%2e/..//evil.example",
  "https://evil.example",
  "http:evil.example",
  "javascript:alert(1)",
  "//evil.example@dantoc.example.gov.vn",
  "/\u3002evil.example",
  "\u0001//evil.example",
  " //evil.example",
  "//\tevil.example",
];

describe("safeNextPath: redirects stay on the site", () => {
  it.each(BYPASSES)("refuses %j", (next) => {
    const result = safeNextPath(next, "/vi");
    expect(landsOn(result)).toBe(SITE);
  });

  it("keeps ordinary paths, queries and fragments", () => {
    expect(safeNextPath("/vi/notices?commune=minh-dan#list", "/")).toBe("/vi/notices?commune=minh-dan#list");
    expect(safeNextPath("/admin/forum/abc", "/")).toBe("/admin/forum/abc");
    expect(safeNextPath("/%2F%2Fevil.example", "/")).toBe("/%2F%2Fevil.example"); // an encoded path, on this site
    expect(safeNextPath("/vi/tìm kiếm", "/")).toBe("/vi/t%C3%ACm%20ki%E1%BA%BFm");
  });

  it("never leads off the site, whatever it is given (10,000 generated values)", () => {
    const pieces = fc.constantFrom(
      "/",
      "//",
      "\\",
      "\t",
      "\n",
      "\r",
      ".",
      "..",
      "%2e",
      "%2f",
      "%5c",
      "%09",
      "@",
      ":",
      "evil.example",
      "?",
      "#",
      " ",
      "\u3002",
      "\u0000",
    );
    const crafted = fc.array(pieces, { maxLength: 8 }).map((parts) => `/${parts.join("")}`);
    fc.assert(
      fc.property(fc.oneof(crafted, fc.string(), fc.string({ unit: "binary" })), (next) => {
        const result = safeNextPath(next, "/vi");
        expect(landsOn(result)).toBe(SITE);
        expect(result.startsWith("/") && !result.startsWith("//")).toBe(true);
      }),
      { numRuns: 10_000 },
    );
  });
});

describe("sameOrigin and preference forms", () => {
  const post = (headers: Record<string, string>) => new Request("http://127.0.0.1:3000/preferences/commune", { method: "POST", headers });

  it("refuses a post from another site's page, by Origin or by Sec-Fetch-Site", () => {
    expect(sameOrigin(post({ origin: "https://evil.example", "x-forwarded-host": "dantoc.example.gov.vn" }))).toBe(false);
    expect(sameOrigin(post({ "sec-fetch-site": "cross-site", "x-forwarded-host": "dantoc.example.gov.vn" }))).toBe(false);
    expect(
      sameOrigin(post({ "sec-fetch-site": "same-site", origin: "https://www.dantoc.example.gov.vn", host: "dantoc.example.gov.vn" })),
    ).toBe(false);
    expect(sameOrigin(post({ origin: "null", host: "dantoc.example.gov.vn" }))).toBe(false);
    expect(
      sameOrigin(
        post({ origin: "https://dantoc.example.gov.vn", "sec-fetch-site": "same-origin", "x-forwarded-host": "dantoc.example.gov.vn" }),
      ),
    ).toBe(true);
  });

  it("a cross-site preference post saves nothing and still leads to a page of this site", () => {
    const forged = savePreference(
      post({ origin: "https://evil.example", host: "dantoc.example.gov.vn" }),
      "/\t/evil.example",
      "portal_commune",
      "thuong-lam",
    );
    expect(forged.status).toBe(303);
    expect(forged.headers.get("set-cookie")).toBeNull();
    expect(forged.headers.get("location")).toBe("/");
    const own = savePreference(
      post({ origin: "http://dantoc.example.gov.vn", host: "dantoc.example.gov.vn" }),
      "/vi/notices",
      "portal_commune",
      "minh-dan",
    );
    expect(own.headers.get("set-cookie")).toContain("portal_commune=minh-dan");
    expect(own.headers.get("location")).toBe("/vi/notices");
  });
});

describe("formFields: every field once", () => {
  const form = (pairs: [string, string][]) => {
    const data = new FormData();
    for (const [key, value] of pairs) data.append(key, value);
    return data;
  };

  it("refuses a repeated scalar field whatever its position", () => {
    expect(
      formFields(
        form([
          ["id", "own"],
          ["name", "x"],
          ["id", "other"],
        ]),
      ),
    ).toEqual({ ok: false, repeated: "id" });
    expect(
      formFields(
        form([
          ["id", "own"],
          ["id", "own"],
        ]),
      ),
    ).toEqual({ ok: false, repeated: "id" });
  });

  it("joins declared lists, ignores the framework's fields, honours the 'present' marker", () => {
    const parsed = formFields(
      form([
        ["$ACTION_REF_1", ""],
        ["$ACTION_REF_1", ""],
        ["groupIds", "a"],
        ["groupIds", "b"],
        ["title", "T"],
        ["monthsPresent", "1"],
      ]),
      ["groupIds", "months"],
    );
    expect(parsed).toEqual({ ok: true, fields: { groupIds: "a,b", title: "T", months: "", monthsPresent: "1" } });
  });
});
