import "server-only";
import { Feed } from "feed";
import { db } from "@/lib/db";
import { publicOrigin } from "@/lib/http/absolute-url";
import { LOCALES, isLocale, type Locale } from "@/lib/i18n/config";
import { pickTranslation } from "@/lib/i18n/pick-translation";
import { getT } from "@/lib/i18n/server";
import { localePath } from "@/lib/navigation";
import { getSiteIdentity } from "@/lib/settings/queries";
import { mediaUrl } from "@/lib/storage/urls";
import { buildCapXml, capTime, type CapMessage } from "./cap";
import { activeWhere } from "./queries";
import { noticeStatus } from "./states";

const XML_HEADERS = { "cache-control": "public, max-age=60" };

/**
 * The CAP sender: `CAP_SENDER` when set (the agency's address, e.g. bandantoc@tuyenquang.gov.vn),
 * else one made from the portal's host name.
 */
function capSender(origin: string): string {
  return process.env.CAP_SENDER ?? `cap@${new URL(origin).hostname}`;
}

/** A version's CAP identifier: unique per message, stable, no spaces or commas. */
export function capIdentifier(origin: string, id: string): string {
  return `${new URL(origin).hostname}:notice:${id}`;
}

/** The CAP message of one issued version, from the database; null for a draft or an unknown id. */
export async function loadCapMessage(id: string, origin: string): Promise<CapMessage | null> {
  const notice = await db.notice.findUnique({
    where: { id },
    include: {
      translations: { include: { audio: true } },
      areas: { include: { unit: { select: { code: true, fullName: true, level: true, parent: { select: { fullName: true } } } } } },
    },
  });
  if (!notice || notice.state === "DRAFT" || !notice.issuedAt) return null;
  const earlier = await db.notice.findMany({
    where: { seriesId: notice.seriesId, version: { lt: notice.version }, state: { not: "DRAFT" } },
    select: { id: true, issuedAt: true },
    orderBy: { version: "asc" },
  });
  const identity = await getSiteIdentity("vi");
  const province = await db.adminUnit.findFirst({ where: { level: "PROVINCE" }, select: { code: true, fullName: true } });
  const area = notice.provinceWide
    ? { description: province?.fullName ?? getT("vi", "notices")("area.province"), geocodes: province ? [province.code] : [] }
    : {
        description: notice.areas
          .map(({ unit }) => (unit.level === "VILLAGE" && unit.parent ? `${unit.fullName} (${unit.parent.fullName})` : unit.fullName))
          .join(", "),
        geocodes: notice.areas.map(({ unit }) => unit.code),
      };
  const ordered = LOCALES.flatMap((locale) => notice.translations.filter((tr) => tr.locale === locale));
  return {
    identifier: capIdentifier(origin, notice.id),
    sender: capSender(origin),
    sent: notice.issuedAt,
    msgType: notice.msgType,
    note: notice.reason,
    references: earlier.filter((v) => v.issuedAt).map((v) => ({ identifier: capIdentifier(origin, v.id), sent: v.issuedAt! })),
    category: notice.category,
    hazard: notice.hazard,
    severity: notice.severity,
    urgency: notice.urgency,
    certainty: notice.certainty,
    allClear: notice.allClear,
    effective: notice.effectiveAt,
    expires: notice.expiresAt,
    senderName: identity.agencyName,
    area,
    infos: ordered.map((tr) => {
      const locale = tr.locale as Locale;
      const t = getT(locale, "notices");
      return {
        locale,
        event: notice.hazard ? t(`hazards.${notice.hazard}`) : t(`categories.${notice.category}`),
        headline: tr.headline,
        description: tr.description,
        instruction: tr.instruction,
        web: `${origin}${localePath(locale, `notices/${notice.seriesId}`)}`,
        audio: tr.audio
          ? {
              url: `${origin}${mediaUrl(tr.audio.storageKey)}`,
              mimeType: tr.audio.mimeType,
              size: tr.audio.size,
              description: t("cap.audio"),
            }
          : null,
      };
    }),
  };
}

/** /cap/{id}.xml: the CAP 1.2 document of one issued version. */
export async function capDocument(id: string): Promise<Response> {
  const origin = await publicOrigin();
  const message = await loadCapMessage(id, origin);
  if (!message) return new Response("Not found", { status: 404 });
  return new Response(buildCapXml(message), { headers: { "content-type": "application/cap+xml; charset=utf-8", ...XML_HEADERS } });
}

/** The current versions of notices in force, most recently issued first (for the feeds). */
async function activeVersions(now: Date) {
  return db.notice.findMany({
    where: activeWhere(now),
    include: { translations: { select: { locale: true, headline: true, description: true } } },
    orderBy: [{ issuedAt: "desc" }, { id: "desc" }],
    take: 100,
  });
}

/** /cap/alerts.xml: an Atom feed of the alerts in force, each entry linking its CAP document. */
export async function capAlertsFeed(now = new Date()): Promise<Response> {
  const [origin, identity, notices] = await Promise.all([publicOrigin(), getSiteIdentity("vi"), activeVersions(now)]);
  const t = getT("vi", "notices");
  const feed = new Feed({
    id: `${origin}/cap/alerts.xml`,
    title: `${t("cap.feedTitle")} — ${identity.portalName}`,
    link: `${origin}${localePath("vi", "notices")}`,
    language: "vi",
    copyright: identity.agencyName,
    updated: notices[0]?.issuedAt ?? new Date(0),
    feedLinks: { atom: `${origin}/cap/alerts.xml` },
    author: { name: identity.agencyName },
    generator: false,
  });
  for (const notice of notices) {
    const vi = pickTranslation(notice.translations, "vi");
    if (!vi) continue;
    // An Atom id must be an IRI: the CAP identifier ("127.0.0.1:notice:…" on an intranet
    // address) is not one, the CAP document's address is, and is as stable and unique.
    const link = `${origin}/cap/${notice.id}.xml`;
    feed.addItem({
      id: link,
      title: vi.value.headline,
      link,
      date: notice.issuedAt ?? notice.updatedAt,
      published: notice.issuedAt ?? undefined,
      description: `${t(`severity.${notice.severity}`)} · ${t("cap.expires", { time: capTime(notice.expiresAt) })}`,
      content: vi.value.description,
    });
  }
  return new Response(feed.atom1(), { headers: { "content-type": "application/atom+xml; charset=utf-8", ...XML_HEADERS } });
}

/**
 * /{locale}/notices/feed.xml: RSS 2.0 of the latest issued notices in the feed's language or
 * Vietnamese: those in force, and the latest ended ones (a cancel or an all-clear is news too).
 */
export async function noticesRssFeed(locale: string, now = new Date()): Promise<Response> {
  if (!isLocale(locale)) return new Response("Not found", { status: 404 });
  const t = getT(locale, "notices");
  const [origin, identity, notices] = await Promise.all([
    publicOrigin(),
    getSiteIdentity(locale),
    db.notice.findMany({
      where: { state: "ISSUED" },
      include: { translations: { select: { locale: true, headline: true, description: true } } },
      orderBy: [{ issuedAt: "desc" }, { id: "desc" }],
      take: 30,
    }),
  ]);
  const feed = new Feed({
    id: `${origin}${localePath(locale, "notices")}`,
    title: `${t("list.title")} — ${identity.portalName}`,
    description: t("list.lead"),
    link: `${origin}${localePath(locale, "notices")}`,
    language: locale,
    copyright: identity.agencyName,
    updated: notices[0]?.issuedAt ?? new Date(0),
    feedLinks: { rss: `${origin}${localePath(locale, "notices/feed.xml")}` },
    generator: false,
  });
  for (const notice of notices) {
    const picked = pickTranslation(notice.translations, locale);
    if (!picked) continue;
    const status = noticeStatus(notice, now);
    const link = `${origin}${localePath(locale, `notices/${notice.seriesId}`)}`;
    feed.addItem({
      title: `${t(`status.${status}`)} · ${t(`severity.${notice.severity}`)}: ${picked.value.headline}`,
      id: `${link}#v${notice.version}`,
      link,
      date: notice.issuedAt ?? notice.updatedAt,
      description: notice.reason ? `${notice.reason}\n\n${picked.value.description}` : picked.value.description,
      category: [{ name: t(`categories.${notice.category}`) }],
    });
  }
  return new Response(feed.rss2(), { headers: { "content-type": "application/rss+xml; charset=utf-8", ...XML_HEADERS } });
}
