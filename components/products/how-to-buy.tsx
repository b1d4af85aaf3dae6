import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { formatVietnamesePhone, internationalPhone, zaloUrl } from "@/lib/text/phone";

type Contact = {
  phone: string | null;
  zalo: string | null;
  address: string | null;
  website: string | null;
  latitude: number | null;
  longitude: number | null;
};

/** Directions to a place from wherever the reader is (the maps app on a phone). */
export function directionsUrl(latitude: number, longitude: number): string {
  return `https://www.google.com/maps/dir/?api=1&destination=${latitude},${longitude}`;
}

const button = "inline-flex min-h-11 items-center rounded px-4 font-semibold";

/** "How to buy": tap to call, chat on Zalo, directions when the producer's place is known. */
export function HowToBuy({ producer, locale, level = 2 }: { producer: Contact; locale: Locale; level?: 2 | 3 }) {
  const t = getT(locale, "products");
  const Heading = level === 2 ? "h2" : "h3";
  const zalo = producer.zalo ?? producer.phone;
  const hasAny = producer.phone || zalo || producer.latitude !== null || producer.website;
  return (
    <section aria-labelledby="how-to-buy" className="mt-6 rounded bg-brand-50 p-4">
      <Heading id="how-to-buy" className="text-lg font-bold">
        {t("buy.title")}
      </Heading>
      {!hasAny && <p className="mt-2">{t("buy.none")}</p>}
      <ul className="mt-3 flex flex-wrap gap-3">
        {producer.phone && (
          <li>
            <a href={`tel:${internationalPhone(producer.phone)}`} className={`${button} bg-brand-700 text-white hover:bg-brand-800`}>
              {t("buy.call", { phone: formatVietnamesePhone(producer.phone) })}
            </a>
          </li>
        )}
        {zalo && (
          <li>
            <a
              href={zaloUrl(zalo)}
              rel="noopener noreferrer"
              className={`${button} border-2 border-brand-700 text-brand-700 hover:bg-white`}
            >
              {t("buy.zalo")}
            </a>
          </li>
        )}
        {producer.latitude !== null && producer.longitude !== null && (
          <li>
            <a
              href={directionsUrl(producer.latitude, producer.longitude)}
              rel="noopener noreferrer"
              className={`${button} border-2 border-brand-700 text-brand-700 hover:bg-white`}
            >
              {t("buy.directions")}
            </a>
          </li>
        )}
        {producer.website && (
          <li>
            <a href={producer.website} rel="noopener noreferrer" className={`${button} underline`}>
              {t("buy.website")}
            </a>
          </li>
        )}
      </ul>
      {producer.address && (
        <p className="mt-3 text-sm">
          <span className="font-semibold">{t("buy.address")}</span> <span lang="vi">{producer.address}</span>
        </p>
      )}
    </section>
  );
}
