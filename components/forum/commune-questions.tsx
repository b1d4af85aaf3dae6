import { listRecentAnswered } from "@/lib/forum/queries";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { localePath } from "@/lib/navigation";
import { QuestionCardItem } from "./question-card";

/** The commune page's section: its latest answered questions, with a link to all of them. */
export async function CommuneQuestions({ locale, commune, limit = 5 }: { locale: Locale; commune: string; limit?: number }) {
  const t = getT(locale, "forum");
  const items = await listRecentAnswered(commune, limit);
  return (
    <section aria-labelledby="forum-questions" className="mt-6">
      <h2 id="forum-questions" className="text-xl font-bold">
        {t("commune.heading")}
      </h2>
      {items.length ? (
        <ul>
          {items.map((card) => (
            <QuestionCardItem key={card.id} card={card} locale={locale} level={3} />
          ))}
        </ul>
      ) : (
        <p className="mt-2 text-muted">{t("commune.empty")}</p>
      )}
      <p className="mt-2">
        <a href={`${localePath(locale, "forum")}?commune=${commune}`} className="underline">
          {t("commune.all")}
        </a>
        {" · "}
        <a href={localePath(locale, "forum/ask")} className="underline">
          {t("askLink")}
        </a>
      </p>
    </section>
  );
}
