import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import { PublicFrame } from "@/components/layout/public-frame";
import { isLocale } from "@/lib/i18n/config";
import { getRequestPath } from "@/lib/i18n/server";
import { COMMUNE_COOKIE, parseCommuneSlug } from "@/lib/preferences";
import { listCommunes } from "@/lib/units/queries";

/** The public site rendered for each request, in the reader's language and for their commune. An unknown locale is a 404. */
export default async function PublicLayout({ children, params }: LayoutProps<"/[locale]">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const [path, cookieStore, communes] = await Promise.all([getRequestPath(), cookies(), listCommunes()]);
  // The reader's commune (cookie): its notices show in the banner of every page. The front server
  // renders a page once for readers who chose none and puts each commune's banner into it.
  const communeSlug = parseCommuneSlug(cookieStore.get(COMMUNE_COOKIE)?.value);
  const commune = communes.find((c) => c.slug === communeSlug) ?? null;
  return (
    <PublicFrame locale={locale} path={path} commune={commune}>
      {children}
    </PublicFrame>
  );
}
