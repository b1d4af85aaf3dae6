/** Cached reads of the showcase (public lists, pages, search, sitemap, commune sections). */
export const PRODUCTS_TAG = "products";
