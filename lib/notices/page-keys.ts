import type { Tx } from "@/lib/db";
import { communePageKey } from "@/lib/units/page-keys";

/**
 * The public pages a notice change may alter, as the front server's page keys
 * (scripts/lib/page-html.mjs, pageKeys). The banner is on every public page, but which notices
 * it shows depends only on the reader's commune (the cookie the front server keeps one copy per
 * value of): every page names `banner`, and a page stored for a reader who chose a commune names
 * `banner:<commune id>` too. So a province-wide notice reaches every page (all show it), and a
 * commune's notice only the copies stored for that commune's readers, besides the notice's own
 * pages in every language, the notice lists, the commune's page and search. Every other page —
 * articles, the forum, products, the library, other communes' readers — stays stored; and a
 * page reached only through its banner keeps the rest of what was rendered, the front server
 * putting the new banner in (scripts/lib/page-variants.mjs).
 */
export function noticePageKey(seriesId: string): string {
  return `notice:${seriesId}`;
}

/** What the banner of a page names: `banner`, and `banner:<commune id>` for the reader's chosen commune. */
export function bannerPageKeys(communeId: string | null): string[] {
  return communeId ? ["banner", `banner:${communeId}`] : ["banner"];
}

/**
 * The keys of a notice whose versions cover `area` (province-wide, or these communes). A
 * province-wide notice is also on every commune's page (`communes`): a purge that names only
 * banners changes only the banner of the pages it reaches (the front server then puts the new
 * banner into the page it keeps), so every page that shows a notice elsewhere is named.
 */
export function noticePageKeys(seriesId: string, area: { provinceWide: boolean; communeIds: readonly string[] }): string[] {
  const banner = area.provinceWide ? ["banner", "communes"] : area.communeIds.map((id) => `banner:${id}`);
  return [noticePageKey(seriesId), "section:notices", "missing:notices", "search", ...banner, ...area.communeIds.map(communePageKey)];
}

/**
 * The keys of a notice as stored: the area of every version of its series (an update may move
 * it, and both the old and the new area's pages change), the communes of chosen villages included.
 */
export async function noticePageKeysOf(tx: Pick<Tx, "notice">, id: string): Promise<string[]> {
  const notice = await tx.notice.findUnique({ where: { id }, select: { seriesId: true } });
  if (!notice) return [noticePageKey(id), "section:notices", "missing:notices", "search"];
  const versions = await tx.notice.findMany({
    where: { seriesId: notice.seriesId },
    select: { provinceWide: true, communeId: true, areas: { select: { unit: { select: { id: true, level: true, parentId: true } } } } },
  });
  const communeIds = new Set<string>();
  for (const version of versions) {
    if (version.communeId) communeIds.add(version.communeId);
    for (const { unit } of version.areas) communeIds.add(unit.level === "COMMUNE" ? unit.id : (unit.parentId ?? unit.id));
  }
  return noticePageKeys(notice.seriesId, { provinceWide: versions.some((v) => v.provinceWide), communeIds: [...communeIds] });
}
