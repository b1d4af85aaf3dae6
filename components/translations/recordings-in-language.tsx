import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { localePath } from "@/lib/navigation";
import { listRecordingsIn } from "@/lib/translations/recordings";
import { currentMinute } from "@/lib/time/minute";

/**
 * A minority language's home page: what can be listened to in it (items whose version in the
 * language has a recorded reading), for readers who do not read their language's script.
 * Nothing is shown while there is none.
 */
export async function RecordingsInLanguage({ locale }: { locale: Locale }) {
  const items = await listRecordingsIn(locale, currentMinute());
  if (items.length === 0) return null;
  const t = getT(locale, "common");
  return (
    <section aria-labelledby="home-recordings" className="mt-8">
      <h2 id="home-recordings" className="text-xl font-bold">
        {t("home.recordings", { language: t(`languageNames.${locale}`) })}
      </h2>
      <ul className="mt-3 space-y-2">
        {items.map((item) => (
          <li key={`${item.kind}:${item.id}`} className="flex items-start gap-2">
            <svg
              aria-hidden="true"
              viewBox="0 0 16 16"
              width="16"
              height="16"
              className="mt-1.5 shrink-0 text-brand-700"
              fill="currentColor"
            >
              <path d="M4 2.5v11l9-5.5z" />
            </svg>
            <span>
              <a href={localePath(locale, item.path)} lang={locale} className="font-medium text-brand-700 underline">
                {item.title}
              </a>
              <span className="text-sm text-muted"> · {t(`nav.${item.path.split("/")[0] as "news"}`)}</span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
