import "server-only";
import { can, communeFilter, type Actor } from "@/lib/auth/permissions";
import { adminListPage } from "@/lib/admin-list";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { articleResource } from "./policy";
import type { TArticleFilters } from "./schema";

export const ADMIN_PAGE_SIZE = 25;

/** What a viewer may see in the back office: everything, or a cadre's own commune updates. */
function scopeOf(viewer: Actor): Prisma.ArticleWhereInput | null {
  if (!can(viewer, "articles.edit")) return null;
  const communes = communeFilter(viewer, "articles.edit");
  return communes ? { kind: "COMMUNE_UPDATE", communeId: communes } : {};
}

function stateWhere(state: TArticleFilters["state"], now: Date): Prisma.ArticleWhereInput {
  if (state === "SCHEDULED") return { state: "PUBLISHED", publishAt: { gt: now } };
  if (state === "PUBLISHED") return { state: "PUBLISHED", publishAt: { lte: now } };
  return { state };
}

/** The back-office list: filters by kind, state, commune, missing language, author and title. */
export async function listArticlesForViewer({
  viewer,
  filters,
  now = new Date(),
}: {
  viewer: Actor;
  filters: TArticleFilters;
  now?: Date;
}) {
  const scope = scopeOf(viewer);
  if (!scope) return { total: 0, articles: [], pageCount: 1 };
  const where: Prisma.ArticleWhereInput = {
    AND: [
      scope,
      { deletedAt: null, kind: filters.kind, communeId: filters.communeId, authorId: filters.authorId },
      filters.state ? stateWhere(filters.state, now) : {},
      filters.missing ? { translations: { none: { locale: filters.missing } } } : {},
      filters.q ? { translations: { some: { title: { contains: filters.q, mode: "insensitive" } } } } : {},
    ],
  };
  const { rows: articles, ...page } = await adminListPage(filters.page, ADMIN_PAGE_SIZE, (window) => [
    db.article.count({ where }),
    db.article.findMany({
      where,
      ...window,
      select: {
        id: true,
        kind: true,
        state: true,
        publishAt: true,
        updatedAt: true,
        deletedAt: true,
        commune: { select: { fullName: true } },
        author: { select: { name: true } },
        translations: { select: { locale: true, title: true }, orderBy: { locale: "asc" } },
      },
    }),
  ]);
  return { ...page, articles };
}

/** One article for the editor, or null when it does not exist or is out of the viewer's reach. */
export async function getArticleForEditor({ viewer, id }: { viewer: Actor; id: string }) {
  const article = await db.article.findUnique({
    where: { id },
    include: {
      translations: { include: { audio: true }, orderBy: { locale: "asc" } },
      cover: true,
      topic: true,
      commune: { select: { id: true, fullName: true, slug: true } },
      author: { select: { id: true, name: true } },
      revisions: { orderBy: { number: "desc" }, include: { actor: { select: { name: true } } } },
    },
  });
  if (!article || article.deletedAt || !can(viewer, "articles.edit", articleResource(article))) return null;
  return article;
}
export type EditorArticle = NonNullable<Awaited<ReturnType<typeof getArticleForEditor>>>;

/** People who wrote articles, for the author filter. */
export async function listArticleAuthors(viewer: Actor) {
  const scope = scopeOf(viewer);
  if (!scope) return [];
  return db.user.findMany({ where: { articles: { some: scope } }, select: { id: true, name: true }, orderBy: { name: "asc" } });
}

/** Every topic with its article count, for the topics page. */
export async function listTopicsForAdmin() {
  return db.articleTopic.findMany({
    orderBy: [{ kind: "asc" }, { sortOrder: "asc" }, { name: "asc" }],
    include: { _count: { select: { articles: true } } },
  });
}
