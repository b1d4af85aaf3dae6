import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { TelLink } from "./tel-link";

/** The national emergency numbers (free of charge, from any phone). */
export const EMERGENCY_NUMBERS = [
  { number: "112", key: "rescue" },
  { number: "113", key: "police" },
  { number: "114", key: "fire" },
  { number: "115", key: "ambulance" },
] as const;

type Office = { fullName: string; officePhone: string | null; officeIsDemo: boolean } | null;

/**
 * 112 rescue, 113 police, 114 fire, 115 ambulance and, when known, the commune office's phone,
 * each a tap-to-call link big enough for a thumb.
 */
export function EmergencyNumbers({
  locale,
  office,
  headingLevel = 2,
  id = "emergency",
}: {
  locale: Locale;
  office?: Office;
  headingLevel?: 2 | 3;
  id?: string;
}) {
  const t = getT(locale, "everyday");
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const button =
    "flex min-h-11 items-center gap-2 rounded border-2 border-accent-700 bg-white px-3 py-1 font-semibold text-accent-700 no-underline hover:bg-red-50";
  return (
    <section aria-labelledby={id} className="mt-4 rounded border-l-8 border-accent-600 bg-red-50 px-4 py-3">
      <Heading id={id} className="text-lg font-bold">
        {t("emergency.heading")}
      </Heading>
      <ul className="mt-2 grid grid-cols-1 gap-2 min-[360px]:grid-cols-2">
        {EMERGENCY_NUMBERS.map((entry) => (
          <li key={entry.number}>
            <TelLink phone={entry.number} className={button}>
              <span className="text-xl">{entry.number}</span> <span>{t(`emergency.${entry.key}`)}</span>
            </TelLink>
          </li>
        ))}
        {office?.officePhone && (
          <li className="min-[360px]:col-span-2">
            <TelLink phone={office.officePhone} className={button}>
              <span>
                {t("emergency.office", { commune: office.fullName })}: {office.officePhone}
              </span>
            </TelLink>
            {office.officeIsDemo && <span className="text-sm"> ({t("contact.demoValue")})</span>}
          </li>
        )}
      </ul>
    </section>
  );
}
