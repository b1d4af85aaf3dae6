import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import type { SiteIdentity } from "@/lib/settings/queries";
import { MailEntry } from "@/components/contact/mail-entry";

export function SiteFooter({ locale, identity }: { locale: Locale; identity: SiteIdentity }) {
  const t = getT(locale, "common");
  return (
    <footer className="mt-12 border-t-4 border-brand-700 bg-brand-50">
      <div className="mx-auto max-w-5xl px-4 py-6 text-sm">
        <h2 className="text-base font-bold">{identity.agencyName}</h2>
        {(identity.address || identity.phone || identity.email) && (
          <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
            {identity.address && (
              <>
                <dt className="font-semibold">{t("footer.address")}</dt>
                <dd>{identity.address}</dd>
              </>
            )}
            {identity.phone && (
              <>
                <dt className="font-semibold">{t("footer.phone")}</dt>
                <dd>
                  <a href={`tel:${identity.phone.replace(/[^0-9+]/g, "")}`} className="underline">
                    {identity.phone}
                  </a>
                </dd>
              </>
            )}
            {identity.email && <MailEntry label={t("footer.email")} email={identity.email} />}
          </dl>
        )}
        <p className="mt-3 text-muted">{t("footer.plan")}</p>
        <p className="no-print mt-3">
          <a href={`/${locale}/languages`} className="underline">
            {t("languages.title")}
          </a>
          {" · "}
          <a href="/login" className="underline">
            {t("footer.staffLogin")}
          </a>
        </p>
      </div>
    </footer>
  );
}
