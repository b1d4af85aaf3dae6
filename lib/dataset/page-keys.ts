import { communePageKey } from "@/lib/units/page-keys";

/**
 * The public pages a release (or an indicator's name) may alter, as the front server's page
 * keys (scripts/lib/page-html.mjs, pageKeys): the open-data pages (`data`) and the key
 * figures on commune pages — that commune's page for a commune's release, every commune page
 * (`communes`) for a province-wide one. Figures entered or imported but not released show
 * nowhere public, so they purge no page. Articles, the forum, products, notices stay stored.
 */
export function datasetReleasePageKeys(communeId: string | null): string[] {
  return ["data", communeId ? communePageKey(communeId) : "communes"];
}
