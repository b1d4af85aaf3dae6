import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { ZodObject, ZodRawShape } from "zod";
import { ZPublicFilters } from "@/lib/articles/schema";
import { ZPublicDataParams } from "@/lib/dataset/schema";
import { ZDocumentFilters } from "@/lib/documents/schema";
import { ZPublicForumFilters } from "@/lib/forum/schema";
import { PUBLIC_QUERY_PATHS, publicQuery, queryNamesOf, readPublicQuery } from "@/lib/http/public-query.mjs";
import { isPrivatePage } from "@/lib/i18n/languages.mjs";
import { ZLibraryFilters } from "@/lib/library/schema";
import { ZPublicNoticeFilters } from "@/lib/notices/schema";
import { ZPublicProductFilters } from "@/lib/products/schema";
import { ZSearchParams } from "@/lib/search/types";

const keys = (schema: ZodObject<ZodRawShape>) => Object.keys(schema.shape).sort();

describe("publicQuery: what a public page is rendered, stored and keyed with", () => {
  it.each([
    // Facebook and Zalo add their own parameters to every shared link: the same page.
    ["/vi/notices/abc", "?fbclid=IwAR3x", ""],
    ["/vi/news/chinh-sach", "?zarsrc=30&utm_source=zalo&utm_medium=zalo", ""],
    ["/vi", "?fbclid=1", ""],
    ["/vi/news", "?page=2&fbclid=IwAR3x", "?page=2"],
    // One order, one encoding, the first of a repeated parameter, no empty ones.
    ["/vi/news", "?page=2&topic=dat-dai", "?topic=dat-dai&page=2"],
    ["/vi/news", "?topic=dat-dai&page=2", "?topic=dat-dai&page=2"],
    ["/vi/search", "?q=nh%C3%A0+%E1%BB%9F", "?q=nh%C3%A0+%E1%BB%9F"],
    ["/vi/search", "?q=nh%C3%A0%20%E1%BB%9F", "?q=nh%C3%A0+%E1%BB%9F"],
    ["/vi/search", "?q=a&q=b", "?q=a"],
    ["/vi/forum", "?q=&topic=&page=", ""],
    ["/tyz/products", "?stars=4&season=now&x=1", "?stars=4&season=now"],
    // The open-data files take an earlier release; the page does not.
    ["/vi/data/download.csv", "?vintage=2&year=2025&r=9", "?year=2025&vintage=2"],
    ["/vi/data", "?year=2025&vintage=2", "?year=2025"],
    // Not a listed path (nor one that looks like a property of every object).
    ["/vi/__proto__", "?page=2", ""],
    ["/vi/constructor", "?q=x", ""],
    ["/vi/news", "", ""],
    ["/vi/news", "?", ""],
  ])("%s%s → %s", (pathname, search, expected) => {
    expect(publicQuery(pathname, search)).toBe(expected);
  });

  it("gives the page exactly what the key was made from", () => {
    const params = { page: ["3", "4"], topic: "", commune: "minh-dan", fbclid: "x" };
    expect(readPublicQuery("news", params)).toEqual({ commune: "minh-dan", page: "3" });
    expect(readPublicQuery("news/some-article", params)).toEqual({});
  });
});

// A page reading a parameter this table does not list would never see it (the front server
// drops it, and so does readPublicQuery without the front server): keep the two together.
describe("the table and the pages' own schemas", () => {
  it.each([
    ["news", ZPublicFilters],
    ["law", ZPublicFilters],
    ["library", ZLibraryFilters],
    ["search", ZSearchParams],
    ["forum", ZPublicForumFilters],
    ["documents", ZDocumentFilters],
    ["notices", ZPublicNoticeFilters],
    ["products", ZPublicProductFilters],
    ["data/download.csv", ZPublicDataParams],
    ["data/download.json", ZPublicDataParams],
    ["data/datapackage.json", ZPublicDataParams],
  ] as const)("%s reads what its schema parses", (rest, schema) => {
    expect([...queryNamesOf(rest)].sort()).toEqual(keys(schema as unknown as ZodObject<ZodRawShape>));
  });

  it("the data page reads its schema but the release (`vintage`: the files only)", () => {
    expect([...queryNamesOf("data")].sort()).toEqual(keys(ZPublicDataParams).filter((key) => key !== "vintage"));
    expect(queryNamesOf("subscribe")).toEqual(["commune"]);
  });

  it("every public page that reads its query reads it through readPublicQuery, from a listed path", () => {
    const root = path.resolve("app/(dynamic)/[locale]");
    const pages = fs
      .readdirSync(root, { recursive: true, encoding: "utf8" })
      .filter((file) => file.endsWith("page.tsx"))
      .map((file) => ({ rest: path.dirname(file) === "." ? "" : path.dirname(file).split(path.sep).join("/"), file }))
      .filter(({ rest }) => !isPrivatePage(`/vi/${rest}`.replace(/\[[^\]]+\]/g, "x")));
    const readers = pages.filter(({ file }) => fs.readFileSync(path.join(root, file), "utf8").includes("searchParams"));
    expect(readers.length).toBeGreaterThan(5);
    for (const { rest, file } of readers) {
      const source = fs.readFileSync(path.join(root, file), "utf8");
      // The two article sections hand their query to SectionPage, which reads it by section.
      const reads = source.includes(`readPublicQuery("${rest}"`) || /<SectionPage [^>]*searchParams=/.test(source);
      expect(reads, `${file} must read its query with readPublicQuery("${rest}", …)`).toBe(true);
      expect(PUBLIC_QUERY_PATHS, file).toContain(rest);
    }
  });
});
