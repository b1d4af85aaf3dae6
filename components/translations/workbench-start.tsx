import "server-only";
import { PageHeading } from "@/components/ui/page-heading";
import type { Locale } from "@/lib/i18n/config";
import { requirePermission } from "@/lib/auth/session";
import { getRequestLocale, getT } from "@/lib/i18n/server";
import { chosenLanguage } from "@/lib/translations/viewer";

/**
 * What every workbench page starts from: the viewer (who may suggest), the interface language,
 * and the language the page is about (`?lang=`), null when the viewer works in none.
 */
export async function openWorkbench(wanted: string | string[] | undefined) {
  const viewer = await requirePermission("translations.suggest");
  const locale = await getRequestLocale();
  const t = getT(locale, "admin");
  const lang: Locale | null = chosenLanguage(viewer, wanted);
  return { viewer, locale, t, lang };
}

/** A workbench page for a viewer with no language to work in: its title and a sentence. */
export function NoWorkLanguage({ title, locale }: { title: string; locale: Locale }) {
  return (
    <>
      <PageHeading title={title} />
      <p className="mt-4">{getT(locale, "admin")("translations.noLanguages")}</p>
    </>
  );
}
