import "server-only";
import { db } from "@/lib/db";
import { diffLines, type DiffLine } from "@/lib/text/diff";

type Entry = { entityType: string; entityId: string | null; before: unknown; after: unknown };

/** Where the back office shows a kind of thing (the audit log links each entry there). */
const HREF: Record<string, (id: string) => string> = {
  AdminUnit: () => "/admin/units",
  Article: (id) => `/admin/articles/${id}`,
  ArticleTopic: () => "/admin/article-topics",
  EthnicGroup: () => "/admin/ethnic-groups",
  ForumQuestion: (id) => `/admin/forum/${id}`,
  Indicator: () => "/admin/data/indicators",
  LegalDocument: (id) => `/admin/documents/${id}`,
  LibraryItem: (id) => `/admin/library/${id}`,
  Notice: (id) => `/admin/notices/${id}`,
  OutboxMessage: (id) => `/admin/outbox/${id}`,
  Producer: (id) => `/admin/producers/${id}`,
  Product: (id) => `/admin/products/${id}`,
  SearchSynonym: () => "/admin/search-synonyms",
  Setting: () => "/admin/settings",
  User: (id) => `/admin/users/${id}`,
};

/**
 * The names of the things a page of audit entries is about, loaded in one query per kind: an
 * entry reads "Nguyễn Văn A sửa đơn vị hành chính Xã Thượng Lâm", not an id. A deleted thing
 * keeps the name its entry recorded (before/after), else its id.
 */
export async function describeEntities(entries: Entry[]): Promise<Map<string, { name: string; href: string | null }>> {
  const ids = (type: string) => [...new Set(entries.filter((e) => e.entityType === type && e.entityId).map((e) => e.entityId!))];
  const pick = <T>(type: string, load: (ids: string[]) => Promise<T[]>) =>
    ids(type).length ? load(ids(type)) : Promise.resolve([] as T[]);
  const [units, articles, users, docs, notices, library, questions, products, producers, topics, groups, synonyms] = await Promise.all([
    pick("AdminUnit", (id) => db.adminUnit.findMany({ where: { id: { in: id } }, select: { id: true, fullName: true } })),
    pick("Article", (id) =>
      db.articleTranslation.findMany({ where: { articleId: { in: id }, locale: "vi" }, select: { articleId: true, title: true } }),
    ),
    pick("User", (id) => db.user.findMany({ where: { id: { in: id } }, select: { id: true, name: true } })),
    pick("LegalDocument", (id) => db.legalDocument.findMany({ where: { id: { in: id } }, select: { id: true, number: true } })),
    pick("Notice", (id) =>
      db.noticeTranslation.findMany({ where: { noticeId: { in: id }, locale: "vi" }, select: { noticeId: true, headline: true } }),
    ),
    pick("LibraryItem", (id) =>
      db.libraryItemTranslation.findMany({ where: { itemId: { in: id }, locale: "vi" }, select: { itemId: true, title: true } }),
    ),
    pick("ForumQuestion", (id) => db.forumQuestion.findMany({ where: { id: { in: id } }, select: { id: true, number: true } })),
    pick("Product", (id) =>
      db.productTranslation.findMany({ where: { productId: { in: id }, locale: "vi" }, select: { productId: true, name: true } }),
    ),
    pick("Producer", (id) => db.producer.findMany({ where: { id: { in: id } }, select: { id: true, name: true } })),
    pick("ArticleTopic", (id) => db.articleTopic.findMany({ where: { id: { in: id } }, select: { id: true, name: true } })),
    pick("EthnicGroup", (id) => db.ethnicGroup.findMany({ where: { id: { in: id } }, select: { id: true, name: true } })),
    pick("SearchSynonym", (id) => db.searchSynonym.findMany({ where: { id: { in: id } }, select: { id: true, term: true } })),
  ]);
  const names = new Map<string, string>();
  const put = (type: string, id: string, name: string) => names.set(`${type}:${id}`, name);
  units.forEach((r) => put("AdminUnit", r.id, r.fullName));
  articles.forEach((r) => put("Article", r.articleId, r.title));
  users.forEach((r) => put("User", r.id, r.name));
  docs.forEach((r) => put("LegalDocument", r.id, r.number));
  notices.forEach((r) => put("Notice", r.noticeId, r.headline));
  library.forEach((r) => put("LibraryItem", r.itemId, r.title));
  questions.forEach((r) => put("ForumQuestion", r.id, `#${r.number}`));
  products.forEach((r) => put("Product", r.productId, r.name));
  producers.forEach((r) => put("Producer", r.id, r.name));
  topics.forEach((r) => put("ArticleTopic", r.id, r.name));
  groups.forEach((r) => put("EthnicGroup", r.id, r.name));
  synonyms.forEach((r) => put("SearchSynonym", r.id, r.term));
  const out = new Map<string, { name: string; href: string | null }>();
  for (const entry of entries) {
    if (!entry.entityId) continue;
    const key = `${entry.entityType}:${entry.entityId}`;
    const recorded = recordedName(entry.before) ?? recordedName(entry.after);
    out.set(key, { name: names.get(key) ?? recorded ?? entry.entityId, href: HREF[entry.entityType]?.(entry.entityId) ?? null });
  }
  return out;
}

function recordedName(value: unknown): string | null {
  if (!value || typeof value !== "object") return null;
  const record = value as Record<string, unknown>;
  for (const field of ["fullName", "name", "title", "number", "term", "headline"]) {
    if (typeof record[field] === "string") return record[field] as string;
  }
  return null;
}

export type FieldChange = { field: string; before: string | null; after: string | null; lines: DiffLine[] | null };

const show = (value: unknown): string | null => {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return value;
  return JSON.stringify(value);
};

/**
 * Before and after as one line per field that changed ("Tên: Thượng Lâm → Thượng Lâm mới");
 * long or multi-line texts as a line diff.
 */
export function fieldChanges(before: unknown, after: unknown): FieldChange[] {
  const from = (before && typeof before === "object" && !Array.isArray(before) ? before : {}) as Record<string, unknown>;
  const to = (after && typeof after === "object" && !Array.isArray(after) ? after : {}) as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(from), ...Object.keys(to)])];
  return fields
    .map((field) => {
      const b = show(from[field]);
      const a = show(to[field]);
      const long = (b?.length ?? 0) > 120 || (a?.length ?? 0) > 120 || Boolean(b?.includes("\n")) || Boolean(a?.includes("\n"));
      return { field, before: b, after: a, lines: long ? diffLines(b ?? "", a ?? "") : null };
    })
    .filter((change) => change.before !== change.after);
}
