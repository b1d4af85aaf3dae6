import { formatDate } from "@/lib/format";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { ratingStatus } from "@/lib/products/rating";

/**
 * A product's OCOP rating as a reader sees it: the stars (with their text for screen readers)
 * while valid, "rating expired" once 36 months have passed, nothing without a rating.
 */
export function OcopRating({
  product,
  locale,
  now,
  detailed = false,
}: {
  product: { ocopStars: number | null; ocopDate: Date | string | null; ocopDecision?: string | null };
  locale: Locale;
  now: Date;
  detailed?: boolean;
}) {
  const t = getT(locale, "products");
  const status = ratingStatus(product, now);
  if (status.kind === "none") return null;
  if (status.kind === "expired") {
    return (
      <p className="text-sm font-semibold text-muted" data-rating="expired">
        {t("rating.expired")}
        {detailed && <> · {t("rating.expiredOn", { date: formatDate(status.expiredAt, locale) })}</>}
      </p>
    );
  }
  return (
    <p className="text-sm" data-rating={status.stars}>
      <span className="font-semibold text-amber-800">
        <span aria-hidden="true">{"★".repeat(status.stars)}</span> {t("rating.stars", { count: status.stars })}
      </span>
      {detailed && (
        <span className="block text-muted">
          {t("rating.decision", { decision: product.ocopDecision ?? "", date: formatDate(new Date(product.ocopDate!), locale) })} ·{" "}
          {t("rating.validUntil", { date: formatDate(status.expiresAt, locale) })}
        </span>
      )}
    </p>
  );
}
