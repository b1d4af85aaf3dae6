/** Cache tag of every public read of the library (lists, item pages, search, sitemap). */
export const LIBRARY_TAG = "library";
