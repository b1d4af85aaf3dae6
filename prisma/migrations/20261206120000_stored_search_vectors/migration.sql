-- The site search's vectors, stored: each article, notice and product translation keeps its
-- article_search_vector in a column, kept current by a trigger, with the GIN index on that
-- column. The expression index found rare words as fast, but a query of common words ("nhà ở 2")
-- checks the newest candidates one by one and ranks them, and each check and each rank
-- rebuilt the vector from the whole text: 500 candidates cost 180 ms at 100,000 articles,
-- 10–17 ms when the vector is read instead (npm run bench:large).

-- Sets NEW."searchVector" from the three columns named as arguments (title-like, summary-like,
-- body-like, weighted A, B, C by article_search_vector). One function for the three tables.
CREATE FUNCTION portal_set_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  texts jsonb := to_jsonb(NEW);
BEGIN
  NEW."searchVector" := public.article_search_vector(texts ->> TG_ARGV[0], texts ->> TG_ARGV[1], texts ->> TG_ARGV[2]);
  RETURN NEW;
END $$;

ALTER TABLE "ArticleTranslation" ADD COLUMN "searchVector" tsvector;
UPDATE "ArticleTranslation" SET "searchVector" = article_search_vector("title", "summary", "body");
CREATE TRIGGER "ArticleTranslation_search_vector" BEFORE INSERT OR UPDATE OF "title", "summary", "body" ON "ArticleTranslation"
  FOR EACH ROW EXECUTE FUNCTION portal_set_search_vector('title', 'summary', 'body');
DROP INDEX "ArticleTranslation_search_idx";
CREATE INDEX "ArticleTranslation_search_idx" ON "ArticleTranslation" USING GIN ("searchVector");

ALTER TABLE "NoticeTranslation" ADD COLUMN "searchVector" tsvector;
UPDATE "NoticeTranslation" SET "searchVector" = article_search_vector("headline", "description", "instruction");
CREATE TRIGGER "NoticeTranslation_search_vector" BEFORE INSERT OR UPDATE OF "headline", "description", "instruction" ON "NoticeTranslation"
  FOR EACH ROW EXECUTE FUNCTION portal_set_search_vector('headline', 'description', 'instruction');
DROP INDEX "NoticeTranslation_search_idx";
CREATE INDEX "NoticeTranslation_search_idx" ON "NoticeTranslation" USING GIN ("searchVector");

ALTER TABLE "ProductTranslation" ADD COLUMN "searchVector" tsvector;
UPDATE "ProductTranslation" SET "searchVector" = article_search_vector("name", "ingredients", "description");
CREATE TRIGGER "ProductTranslation_search_vector" BEFORE INSERT OR UPDATE OF "name", "ingredients", "description" ON "ProductTranslation"
  FOR EACH ROW EXECUTE FUNCTION portal_set_search_vector('name', 'ingredients', 'description');
DROP INDEX "ProductTranslation_search_idx";
CREATE INDEX "ProductTranslation_search_idx" ON "ProductTranslation" USING GIN ("searchVector");

ANALYZE "ArticleTranslation", "NoticeTranslation", "ProductTranslation";
