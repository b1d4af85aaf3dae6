-- Indexes in the order the public lists are read, so that a page of 20 at 100,000 rows is an
-- index scan of the rows before it, not a sort of the whole table (npm run seed:large).
-- Partial (only what the public sees) and, for the forum, on expressions: Prisma's schema cannot
-- describe them and its diff leaves them alone, like the search indexes (the products' one is
-- plain and in the schema). Plain CREATE INDEX:
-- every migration runs in one transaction.

-- Articles listed: published and not deleted, newest first (lib/articles/queries.ts). The state
-- is a column, not part of the predicate: Prisma sends it as CAST($n::text AS "ArticleState"),
-- which the planner cannot match against a partial index's `state = 'PUBLISHED'`. The kind is
-- carried in the index so that counting a section's articles can read the index alone.
CREATE INDEX "Article_listed_state_publishAt_idx" ON "Article" ("state", "publishAt" DESC, "id" DESC) INCLUDE ("kind")
  WHERE "deletedAt" IS NULL;
CREATE INDEX "Article_listed_kind_publishAt_idx" ON "Article" ("kind", "state", "publishAt" DESC, "id" DESC)
  WHERE "deletedAt" IS NULL;
CREATE INDEX "Article_listed_topic_publishAt_idx" ON "Article" ("topicId", "state", "publishAt" DESC, "id" DESC) INCLUDE ("kind")
  WHERE "deletedAt" IS NULL;
CREATE INDEX "Article_listed_commune_publishAt_idx" ON "Article" ("communeId", "state", "publishAt" DESC, "id" DESC) INCLUDE ("kind")
  WHERE "deletedAt" IS NULL;

-- Public forum questions in the list's order: answered first (latest answer first), then the
-- waiting ones, newest first (lib/forum/queries.ts, SQL with these very literals), whole and by
-- commune or topic; and a commune's latest answers (its page; Prisma's query, so no state in the
-- predicate, as for articles).
CREATE INDEX "ForumQuestion_public_order_idx" ON "ForumQuestion"
  (("state" IN ('ANSWERED', 'CLOSED')) DESC, (coalesce("answeredAt", "publishedAt")) DESC, "number" DESC)
  WHERE "publishedAt" IS NOT NULL AND "mergedIntoId" IS NULL AND "state" IN ('PUBLISHED', 'ANSWERED', 'CLOSED');
CREATE INDEX "ForumQuestion_public_commune_order_idx" ON "ForumQuestion"
  ("communeId", ("state" IN ('ANSWERED', 'CLOSED')) DESC, (coalesce("answeredAt", "publishedAt")) DESC, "number" DESC)
  WHERE "publishedAt" IS NOT NULL AND "mergedIntoId" IS NULL AND "state" IN ('PUBLISHED', 'ANSWERED', 'CLOSED');
CREATE INDEX "ForumQuestion_public_topic_order_idx" ON "ForumQuestion"
  ("topic", ("state" IN ('ANSWERED', 'CLOSED')) DESC, (coalesce("answeredAt", "publishedAt")) DESC, "number" DESC)
  WHERE "publishedAt" IS NOT NULL AND "mergedIntoId" IS NULL AND "state" IN ('PUBLISHED', 'ANSWERED', 'CLOSED');
CREATE INDEX "ForumQuestion_public_answered_idx" ON "ForumQuestion" ("communeId", "answeredAt" DESC, "number" DESC)
  WHERE "publishedAt" IS NOT NULL AND "mergedIntoId" IS NULL;

-- Products, newest first (lib/products/queries.ts; in prisma/schema/products.prisma).
CREATE INDEX "Product_publishedAt_id_idx" ON "Product"("publishedAt" DESC, "id" DESC);
