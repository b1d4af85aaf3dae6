/** Cache tag of every public read of notices (banner, lists, pages, feeds, CAP, search, sitemap). */
export const NOTICES_TAG = "notices";
