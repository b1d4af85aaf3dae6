import "server-only";
import { Feed } from "feed";
import { publicOrigin } from "@/lib/http/absolute-url";
import { isLocale } from "@/lib/i18n/config";
import { pickTranslation } from "@/lib/i18n/pick-translation";
import { getT } from "@/lib/i18n/server";
import { localePath } from "@/lib/navigation";
import { getSiteIdentity } from "@/lib/settings/queries";
import { mediaUrl } from "@/lib/storage/urls";
import { listPublishedPage } from "./queries";
import { SECTIONS, sectionOf, type Section } from "./states";
import { currentMinute } from "@/lib/time/minute";

/** An RSS 2.0 feed of a section's 30 latest articles, each in the feed's language or Vietnamese. */
export async function sectionFeed(section: Section, locale: string): Promise<Response> {
  if (!isLocale(locale)) return new Response("Not found", { status: 404 });
  const t = getT(locale, "articles");
  const [origin, identity, items] = await Promise.all([
    publicOrigin(),
    getSiteIdentity(locale),
    listPublishedPage({ kinds: SECTIONS[section], page: 1, pageSize: 30 }, currentMinute()),
  ]);
  const feed = new Feed({
    id: `${origin}${localePath(locale, section)}`,
    title: t(`sections.${section}.title`) + ` — ${identity.portalName}`,
    description: t(`sections.${section}.lead`),
    link: `${origin}${localePath(locale, section)}`,
    language: locale,
    copyright: identity.agencyName,
    updated: items[0] ? new Date(items[0].publishAt) : new Date(0),
    feedLinks: { rss: `${origin}${localePath(locale, `${section}/feed.xml`)}` },
    generator: false,
  });
  for (const item of items) {
    const picked = pickTranslation(item.translations, locale);
    if (!picked) continue;
    const link = `${origin}${localePath(locale, `${sectionOf(item.kind)}/${picked.value.slug}`)}`;
    const cover = Array.isArray(item.cover?.variants) ? (item.cover.variants as { key: string }[])[0] : undefined;
    feed.addItem({
      title: picked.value.title,
      id: link,
      link,
      date: new Date(item.publishAt),
      description: picked.value.summary,
      category: item.topic ? [{ name: locale === "en" && item.topic.nameEn ? item.topic.nameEn : item.topic.name }] : undefined,
      image: cover ? `${origin}${mediaUrl(cover.key)}` : undefined,
    });
  }
  return new Response(feed.rss2(), {
    headers: { "content-type": "application/rss+xml; charset=utf-8", "cache-control": "public, max-age=60" },
  });
}
