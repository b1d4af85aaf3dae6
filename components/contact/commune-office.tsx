import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { TelLink } from "./tel-link";

type Commune = {
  fullName: string;
  officePhone: string | null;
  officeAddress: string | null;
  officeHours: string | null;
  officeIsDemo: boolean;
};

/** The commune office (UBND xã): phone as a tap-to-call link, address, hours. */
export function CommuneOffice({ locale, commune, headingLevel = 2 }: { locale: Locale; commune: Commune; headingLevel?: 2 | 3 }) {
  const t = getT(locale, "everyday");
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const known = commune.officePhone || commune.officeAddress || commune.officeHours;
  return (
    <div>
      <Heading className="text-lg font-bold">{t("contact.officeOf", { commune: commune.fullName })}</Heading>
      {!known ? (
        <p className="mt-1 text-muted">{t("contact.notYet")}</p>
      ) : (
        <dl className="mt-1 grid grid-cols-1 gap-x-3 sm:grid-cols-[auto_1fr]">
          {commune.officePhone && (
            <>
              <dt className="font-semibold">{t("contact.phone")}</dt>
              <dd>
                <TelLink phone={commune.officePhone} />
              </dd>
            </>
          )}
          {commune.officeAddress && (
            <>
              <dt className="font-semibold">{t("contact.address")}</dt>
              <dd lang="vi">{commune.officeAddress}</dd>
            </>
          )}
          {commune.officeHours && (
            <>
              <dt className="font-semibold">{t("contact.hours")}</dt>
              <dd lang="vi">{commune.officeHours}</dd>
            </>
          )}
        </dl>
      )}
      {known && commune.officeIsDemo && (
        <p className="mt-1 inline-block rounded bg-amber-100 px-2 py-0.5 text-sm font-semibold">{t("contact.demoValues")}</p>
      )}
    </div>
  );
}
