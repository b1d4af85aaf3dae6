import type { Locale } from "@/lib/i18n/config";

/**
 * Public sections in menu order. A section appears here when it exists; its label is
 * `common:nav.<key>` and its address `/{locale}/{path}`.
 */
export const PUBLIC_SECTIONS = [
  { key: "home", path: "" },
  { key: "news", path: "news" },
  { key: "law", path: "law" },
  { key: "documents", path: "documents" },
  { key: "notices", path: "notices" },
  { key: "products", path: "products" },
  { key: "communes", path: "communes" },
  { key: "data", path: "data" },
  { key: "forum", path: "forum" },
  { key: "library", path: "library" },
  { key: "search", path: "search" },
  { key: "contact", path: "contact" },
] as const;

export type PublicSectionKey = (typeof PUBLIC_SECTIONS)[number]["key"];

export function localePath(locale: Locale, path = ""): string {
  return path ? `/${locale}/${path.replace(/^\/+/, "")}` : `/${locale}`;
}

/**
 * The same page in another locale: "/tyz/news/a?page=2" → "/en/news/a?page=2". Paths outside
 * the locale tree (/login, /admin) stay as they are.
 */
export function switchLocalePath(path: string, from: Locale, to: Locale): string {
  if (path === `/${from}` || path.startsWith(`/${from}/`) || path.startsWith(`/${from}?`)) {
    return `/${to}${path.slice(from.length + 1)}`;
  }
  return path;
}
