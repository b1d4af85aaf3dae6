/** Cached public forum reads (lists, counters, question pages, the commune page's section). */
export const FORUM_TAG = "forum";
