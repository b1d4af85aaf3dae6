/**
 * The public pages an article change may alter, as the front server's page keys
 * (scripts/lib/page-html.mjs, pageKeys): the article's own pages in every language (they name
 * `article:<id>` in their head), every stored address of an article section that showed no
 * article (a 404 that the change may fill), the section lists, the home page, search and the
 * commune pages. Every other page — other articles, the forum, products, the library, data,
 * notices — stays stored.
 */
export function articlePageKey(id: string): string {
  return `article:${id}`;
}

export function articlePageKeys(id: string): string[] {
  return [articlePageKey(id), "article-missing", "section:news", "section:law", "home", "search", "communes"];
}
