/** Cache tag of every public read of articles (lists, pages, feeds, search, sitemap). */
export const ARTICLES_TAG = "articles";
/** Cache tag of the topic lists. */
export const ARTICLE_TOPICS_TAG = "article-topics";
