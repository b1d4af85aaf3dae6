import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { isLocale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { localePath } from "@/lib/navigation";
import { listCommunes } from "@/lib/units/queries";

export async function generateMetadata({ params }: PageProps<"/[locale]/communes">): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: getT(locale, "common")("communes.title") } : {};
}

export default async function CommunesPage({ params }: PageProps<"/[locale]/communes">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = getT(locale, "common");
  const communes = await listCommunes();
  return (
    <>
      <h1 className="text-2xl font-bold">{t("communes.title")}</h1>
      <p className="mt-2 text-muted">{t("communes.lead")}</p>
      {communes.some((commune) => commune.isDemo) && <p className="mt-2 text-sm">{t("communes.demoNote")}</p>}
      <ul className="mt-5 divide-y divide-brand-100 border-y border-brand-100">
        {communes.map((commune) => (
          <li key={commune.id} className="flex flex-wrap items-baseline justify-between gap-2 py-3">
            <Link
              href={localePath(locale, `communes/${commune.slug}`)}
              prefetch={false}
              className="text-lg font-medium text-brand-700 underline"
            >
              {commune.fullName}
            </Link>
            <span className="text-sm text-muted">{t("communes.villageCount", { count: commune.villageCount })}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
