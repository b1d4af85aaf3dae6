import "server-only";
import { db } from "@/lib/db";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/config";
import { localePath } from "@/lib/navigation";
import type { SearchProvider } from "@/lib/search/types";

type Row = {
  seriesId: string;
  noticeId: string;
  locale: string;
  headline: string;
  description: string;
  issuedAt: Date;
  active: boolean;
  rank: number;
};

/**
 * Issued notices (their current version) matching a query, accent-insensitively: full-text over
 * headline, description and instruction (the stored vector and its GIN index), in the
 * reader's language and Vietnamese. Notices in force rank above ended ones.
 */
export const searchNotices: SearchProvider = async ({ query, locale, now, limit }) => {
  const rows = await db.$queryRaw<Row[]>`
    SELECT n."seriesId", t."noticeId", t.locale, t.headline, t.description, n."issuedAt",
           (n."msgType" <> 'CANCEL' AND NOT n."allClear" AND n."expiresAt" > ${now}) AS active,
           ts_rank(t."searchVector", q.query)::float8 AS rank
    FROM "NoticeTranslation" t
    JOIN "Notice" n ON n.id = t."noticeId",
         websearch_to_tsquery('simple'::regconfig, portal_unaccent(lower(${query}))) AS q(query)
    WHERE n.state = 'ISSUED' AND t.locale IN (${locale}, ${DEFAULT_LOCALE})
      AND t."searchVector" @@ q.query
    ORDER BY rank DESC, n."issuedAt" DESC
    LIMIT ${limit * 2}`;
  const best = new Map<string, Row>();
  for (const row of rows) {
    const seen = best.get(row.seriesId);
    if (!seen || (row.locale === locale && seen.locale !== locale)) best.set(row.seriesId, row);
  }
  return [...best.values()].slice(0, limit).map((row) => ({
    type: "notice",
    id: row.seriesId,
    title: row.headline,
    text: row.description,
    url: localePath(locale, `notices/${row.seriesId}`),
    date: row.issuedAt.toISOString(),
    lang: row.locale as Locale,
    rank: row.rank + (row.active ? 1 : 0),
  }));
};
