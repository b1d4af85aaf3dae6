import { intlLocale } from "@/lib/format";
import type { Locale } from "@/lib/i18n/config";
import { pickTranslation } from "@/lib/i18n/pick-translation";
import { getT } from "@/lib/i18n/server";
import { slugOf } from "@/lib/library/catalog";
import type { LibraryCard } from "@/lib/library/queries";
import { localePath } from "@/lib/navigation";
import { formatFileSize } from "@/lib/storage/urls";
import { LibraryTypeIcon } from "./type-icon";

/** "3:05" or "1:02:03": a recording's length as players show it. */
export function formatDuration(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, "0");
  return h ? `${h}:${String(m).padStart(2, "0")}:${s}` : `${m}:${s}`;
}

/** The names of an item's languages, in the reader's interface language ("Tày, Dao"). */
export function itemLanguageNames(codes: readonly string[], locale: Locale): string {
  const t = getT(locale, "library");
  return codes.map((code) => t(`languages.${code}` as "languages.vi")).join(", ");
}

/** An ethnic group's name in the reader's language where known, else the Vietnamese one. */
export function groupName(group: { name: string; translations: { locale: string; name: string }[] }, locale: Locale): string {
  return group.translations.find((tr) => tr.locale === locale)?.name ?? group.name;
}

/** One item in the library list: type icon, title, length or pages, size, languages. */
export function LibraryCardItem({ card, locale }: { card: LibraryCard; locale: Locale }) {
  const t = getT(locale, "library");
  const picked = pickTranslation(card.translations, locale);
  if (!picked) return null;
  const facts: string[] = [t(`types.${card.type}`)];
  if (card.durationSeconds) facts.push(formatDuration(card.durationSeconds));
  if (card.type === "DOCUMENT" && card.pageCount) facts.push(t("card.pages", { count: card.pageCount }));
  if (card.type === "IMAGES") facts.push(t("card.pictures", { count: card.files.length }));
  if (card.totalSize) facts.push(formatFileSize(card.totalSize, intlLocale(locale)));
  return (
    <li className="border-b border-gray-300 py-4">
      <div className="flex gap-3">
        <LibraryTypeIcon type={card.type} />
        <div>
          <h2 className="text-lg font-bold leading-snug">
            <a href={localePath(locale, `library/${card.id}`)} lang={picked.lang} className="text-brand-700 underline">
              {picked.value.title}
            </a>
          </h2>
          <p className="mt-1 text-sm text-muted">
            {facts.join(" · ")} ·{" "}
            <a href={`${localePath(locale, "library")}?topic=${slugOf(card.topic)}`} className="underline">
              {t(`topics.${card.topic}`)}
            </a>
          </p>
          <p className="mt-1 text-sm">{t("card.inLanguage", { languages: itemLanguageNames(card.itemLanguages, locale) })}</p>
          <p lang={picked.lang} className="mt-1 line-clamp-2">
            {picked.value.description}
          </p>
          <p className="mt-1 flex flex-wrap gap-2 text-sm">
            {card.access === "COMMUNITY" && <span className="rounded bg-amber-100 px-2 py-0.5 font-semibold">{t("card.community")}</span>}
            {card.isDemo && <span className="rounded bg-gray-200 px-2 py-0.5">{t("card.demo")}</span>}
          </p>
        </div>
      </div>
    </li>
  );
}
