import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import type { MemoryMatch } from "@/lib/translations/memory";

/** The translation memory's nearest sources and their translations (nothing when there are none). */
export function MemoryMatches({
  memory,
  lang,
  locale,
  className,
}: {
  memory: MemoryMatch[];
  lang: Locale;
  locale: Locale;
  className: string;
}) {
  if (memory.length === 0) return null;
  const t = getT(locale, "admin");
  return (
    <div className={className}>
      <h3 className="font-semibold">{t("translations.memory")}</h3>
      <ul className="list-disc pl-6 text-sm">
        {memory.map((m, i) => (
          <li key={i}>
            <span lang="vi">{m.source}</span> → <span lang={lang}>{m.target}</span> (
            {t("translations.similarity", { percent: Math.round(m.score * 100) })})
          </li>
        ))}
      </ul>
    </div>
  );
}
