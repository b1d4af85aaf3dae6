import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CommuneOffice } from "@/components/contact/commune-office";
import { EmergencyNumbers } from "@/components/contact/emergency-numbers";
import { TelLink } from "@/components/contact/tel-link";
import { isLocale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { localePath } from "@/lib/navigation";
import { getSiteIdentity } from "@/lib/settings/queries";
import { listCommunes } from "@/lib/units/queries";
import { MailEntry } from "@/components/contact/mail-entry";

export async function generateMetadata({ params }: PageProps<"/[locale]/contact">): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = getT(locale, "everyday");
  return { title: t("contact.title"), description: t("contact.lead") };
}

/**
 * /{locale}/contact: who to call. The committee's address, phone, hours and map link (from the
 * portal settings; nothing is shown that the committee has not entered), the emergency numbers,
 * and each commune office.
 */
export default async function ContactPage({ params }: PageProps<"/[locale]/contact">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = getT(locale, "everyday");
  const [identity, communes] = await Promise.all([getSiteIdentity(locale), listCommunes()]);
  const known = identity.address || identity.phone || identity.email || identity.officeHours;
  return (
    <>
      <h1 className="text-2xl font-bold">{t("contact.title")}</h1>
      <p className="mt-2 max-w-prose text-muted">{t("contact.lead")}</p>
      <section aria-labelledby="committee" className="mt-6 rounded border border-brand-100 p-4">
        <h2 id="committee" className="text-xl font-bold">
          {identity.agencyName}
        </h2>
        {!known ? (
          <p className="mt-2 text-muted">{t("contact.notYet")}</p>
        ) : (
          <dl className="mt-2 grid grid-cols-1 gap-x-3 gap-y-1 sm:grid-cols-[auto_1fr]">
            {identity.address && (
              <>
                <dt className="font-semibold">{t("contact.address")}</dt>
                <dd lang="vi">{identity.address}</dd>
              </>
            )}
            {identity.phone && (
              <>
                <dt className="font-semibold">{t("contact.phone")}</dt>
                <dd>
                  <TelLink phone={identity.phone} />
                </dd>
              </>
            )}
            {identity.officeHours && (
              <>
                <dt className="font-semibold">{t("contact.hours")}</dt>
                <dd lang="vi">{identity.officeHours}</dd>
              </>
            )}
            {identity.email && <MailEntry label={t("contact.email")} email={identity.email} />}
          </dl>
        )}
        {identity.mapUrl && (
          <p className="mt-2">
            <a href={identity.mapUrl} rel="noopener noreferrer" className="underline">
              {t("contact.map")}
            </a>
          </p>
        )}
        <p className="mt-2">
          <a href={localePath(locale, "forum/ask")} className="underline">
            {t("contact.ask")}
          </a>
        </p>
      </section>
      <EmergencyNumbers locale={locale} />
      <section aria-labelledby="communes" className="mt-6">
        <h2 id="communes" className="text-xl font-bold">
          {t("contact.communes")}
        </h2>
        <ul className="mt-2 space-y-4">
          {communes.map((commune) => (
            <li key={commune.id} className="rounded border border-brand-100 p-3">
              <CommuneOffice locale={locale} commune={commune} headingLevel={3} />
              <p className="mt-1 text-sm">
                <a href={localePath(locale, `communes/${commune.slug}`)} className="underline">
                  {t("contact.communePage", { commune: commune.fullName })}
                </a>
              </p>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
