import type { Metadata } from "next";
import { PageKeys } from "@/components/layout/page-keys";
import { notFound } from "next/navigation";
import { LibraryItemView } from "@/components/library/library-item-view";
import { libraryItemPageKey } from "@/lib/library/page-keys";
import { isLocale } from "@/lib/i18n/config";
import { pickTranslation } from "@/lib/i18n/pick-translation";
import { getPublicLibraryItem } from "@/lib/library/queries";
import { translationOutdatedSince } from "@/lib/translations/public";

export async function generateMetadata({ params }: PageProps<"/[locale]/library/[id]">): Promise<Metadata> {
  const { locale, id } = await params;
  if (!isLocale(locale)) return {};
  const item = await getPublicLibraryItem(id);
  const picked = item && pickTranslation(item.translations, locale);
  return picked ? { title: picked.value.title, description: picked.value.description.slice(0, 200) } : {};
}

/** /{locale}/library/{id}: a published item, its player or download, transcript and details. */
export default async function LibraryItemPage({ params }: PageProps<"/[locale]/library/[id]">) {
  const { locale, id } = await params;
  if (!isLocale(locale)) notFound();
  const item = await getPublicLibraryItem(id);
  if (!item) notFound();
  const outdatedSince = await translationOutdatedSince("LIBRARY_ITEM", item.id, locale, item.translations);
  return (
    <>
      {/* What this page shows, for the purge by what changed (lib/library/page-keys.ts). */}
      <PageKeys keys={[libraryItemPageKey(item.id)]} />
      <LibraryItemView item={item} locale={locale} outdatedSince={outdatedSince} />
    </>
  );
}
