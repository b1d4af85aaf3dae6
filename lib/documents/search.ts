import "server-only";
import { localePath } from "@/lib/navigation";
import type { SearchProvider } from "@/lib/search/types";
import { searchDocumentsAt } from "./queries";

/**
 * Legal documents in the site search: found by number and symbol typed any way, or by the
 * words of their title and summary (lib/documents/queries.ts). A number match ranks first.
 */
export const searchDocuments: SearchProvider = async ({ query, locale, limit }) => {
  const { items } = await searchDocumentsAt({ q: query, limit });
  return items.map((doc) => ({
    type: "document",
    id: doc.id,
    title: `${doc.number}: ${doc.title}`,
    text: `${doc.issuer} · ${doc.field}`,
    url: localePath(locale, `documents/${doc.slug}`),
    date: doc.signedOn,
    lang: "vi",
    rank: doc.rank,
  }));
};
