-- Indexes in the order the public lists are read, so that a page of 20 at 100,000 rows is an
-- index scan of the rows before it, not a sort of the whole table (npm run seed:large).
-- Partial (only what the public sees) and, for the forum, on expressions: Prisma's schema cannot
-- describe them and its diff leaves them alone, like the search indexes. Plain CREATE INDEX:
-- every migration runs in one transaction.

-- Articles listed: published and not deleted, newest first (lib/articles/queries.ts). The kind
-- is carried in the index so that counting a section's articles reads the index alone.
CREATE INDEX "Article_listed_publishAt_idx" ON "Article" ("publishAt" DESC, "id" DESC) INCLUDE ("kind")
  WHERE "state" = 'PUBLISHED' AND "deletedAt" IS NULL;
CREATE INDEX "Article_listed_kind_publishAt_idx" ON "Article" ("kind", "publishAt" DESC, "id" DESC)
  WHERE "state" = 'PUBLISHED' AND "deletedAt" IS NULL;
CREATE INDEX "Article_listed_topic_publishAt_idx" ON "Article" ("topicId", "publishAt" DESC, "id" DESC) INCLUDE ("kind")
  WHERE "state" = 'PUBLISHED' AND "deletedAt" IS NULL;
CREATE INDEX "Article_listed_commune_publishAt_idx" ON "Article" ("communeId", "publishAt" DESC, "id" DESC) INCLUDE ("kind")
  WHERE "state" = 'PUBLISHED' AND "deletedAt" IS NULL;

-- Public forum questions in the list's order: answered first (latest answer first), then the
-- waiting ones, newest first (lib/forum/queries.ts), whole and by commune or topic; and a
-- commune's latest answers (its page).
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
  WHERE "publishedAt" IS NOT NULL AND "mergedIntoId" IS NULL AND "state" IN ('ANSWERED', 'CLOSED');

-- Published products, newest first (lib/products/queries.ts).
CREATE INDEX "Product_published_order_idx" ON "Product" ("publishedAt" DESC, "id" DESC) WHERE "published";
