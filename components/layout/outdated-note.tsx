import { formatDate } from "@/lib/format";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { FallbackNote } from "./fallback-note";

/**
 * Says that the reader's language version is older than the Vietnamese text (approved on
 * `since`, lib/translations/public.ts `translationOutdatedSince`), until a reviewer updates it.
 */
export function OutdatedNote({ locale, since }: { locale: Locale; since: string }) {
  const t = getT(locale, "common");
  return (
    <div className="mb-4">
      <FallbackNote>
        {t("fallback.outdated", { language: t(`languageNames.${locale}`), date: formatDate(new Date(since), locale) })}
      </FallbackNote>
    </div>
  );
}
