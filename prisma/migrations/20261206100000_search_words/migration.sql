-- Near matches in the site search (lib/search/near.ts): the distinct words of the searchable
-- texts, as the full-text search sees them (accents off, lower case: the lexemes of
-- article_search_vector), in a small table with a trigram index. A misspelt query word finds
-- its close words here (`word % term`, a few thousand syllables and names, not 100,000 texts);
-- the ordinary full-text query then runs with them. It replaces the trigram indexes on whole
-- titles and names, whose near match re-read every title when a query resembled most of them.
CREATE TABLE "SearchWord" (
    "word" TEXT NOT NULL,

    CONSTRAINT "SearchWord_pkey" PRIMARY KEY ("word")
);

CREATE INDEX "SearchWord_word_trgm_idx" ON "SearchWord" USING GIN ("word" gin_trgm_ops);

-- The words of a text, as article_search_vector splits and folds it. Numbers and very long tokens
-- (addresses) are left out: a number typed is meant as typed (lib/search/near.ts keeps it), and
-- "17" is not a typo of "1717"; 100,000 numbered titles would otherwise be 100,000 words.
CREATE FUNCTION portal_search_words(text) RETURNS SETOF text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$
    SELECT w FROM unnest(tsvector_to_array(to_tsvector('simple'::regconfig, public.portal_unaccent(coalesce($1, ''))))) AS w
    WHERE length(w) <= 32 AND w !~ '^[0-9]+$'
  $$;

-- After a statement wrote rows (new_rows): the words of the columns named as arguments join the
-- table, in one sorted insert (two writers adding the same words take them in the same order,
-- so they wait for each other instead of deadlocking). Words are never removed: a word no text
-- has any more only makes the full-text query find nothing.
CREATE FUNCTION portal_collect_search_words() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO public."SearchWord" ("word")
  SELECT DISTINCT w.word
  FROM new_rows r CROSS JOIN LATERAL jsonb_each_text(to_jsonb(r)) AS c(key, value)
       CROSS JOIN LATERAL public.portal_search_words(c.value) AS w(word)
  WHERE c.key = ANY (TG_ARGV)
  ORDER BY 1
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;

-- The texts whose search has a near match: articles, products, library items (title and
-- description: a COMMUNITY item's transcript is not searched).
CREATE TRIGGER "ArticleTranslation_search_words_inserted" AFTER INSERT ON "ArticleTranslation"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION portal_collect_search_words('title', 'summary', 'body');
CREATE TRIGGER "ArticleTranslation_search_words_updated" AFTER UPDATE ON "ArticleTranslation"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION portal_collect_search_words('title', 'summary', 'body');
CREATE TRIGGER "ProductTranslation_search_words_inserted" AFTER INSERT ON "ProductTranslation"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION portal_collect_search_words('name', 'ingredients', 'description');
CREATE TRIGGER "ProductTranslation_search_words_updated" AFTER UPDATE ON "ProductTranslation"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION portal_collect_search_words('name', 'ingredients', 'description');
CREATE TRIGGER "LibraryItemTranslation_search_words_inserted" AFTER INSERT ON "LibraryItemTranslation"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION portal_collect_search_words('title', 'description');
CREATE TRIGGER "LibraryItemTranslation_search_words_updated" AFTER UPDATE ON "LibraryItemTranslation"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION portal_collect_search_words('title', 'description');

-- The words of what is already written.
INSERT INTO "SearchWord" ("word")
SELECT DISTINCT w FROM (
  SELECT portal_search_words(concat_ws(' ', "title", "summary", "body")) FROM "ArticleTranslation"
  UNION ALL
  SELECT portal_search_words(concat_ws(' ', "name", "ingredients", "description")) FROM "ProductTranslation"
  UNION ALL
  SELECT portal_search_words(concat_ws(' ', "title", "description")) FROM "LibraryItemTranslation"
) AS words(w)
ORDER BY 1;

DROP INDEX "ArticleTranslation_title_trgm_idx";
DROP INDEX "ProductTranslation_name_trgm_idx";

-- Statistics now, so the first near-match lookup uses the trigram index rather than a scan.
ANALYZE "SearchWord";
