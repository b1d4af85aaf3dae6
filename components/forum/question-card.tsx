import { formatDate } from "@/lib/format";
import type { ForumCard } from "@/lib/forum/queries";
import { excerpt } from "@/lib/forum/text";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { localePath } from "@/lib/navigation";

/** A question in a list: its first words (in the language it was written in), state, commune, answerer. */
export function QuestionCardItem({ card, locale, level = 2 }: { card: ForumCard; locale: Locale; level?: 2 | 3 }) {
  const t = getT(locale, "forum");
  const Heading = level === 2 ? "h2" : "h3";
  const answered = card.state === "ANSWERED" || card.state === "CLOSED";
  return (
    <li className="border-b border-brand-100 py-4">
      <Heading className="text-lg font-semibold leading-snug">
        <a
          href={localePath(locale, `forum/${card.number}`)}
          lang={card.locale}
          className="text-brand-700 underline-offset-2 hover:underline"
        >
          {excerpt(card.publicBody)}
        </a>
      </Heading>
      <p className="text-sm text-muted">
        {t("list.number", { number: card.number })} ·{" "}
        <span className={answered ? "font-semibold text-green-800" : "font-semibold text-amber-800"}>{t(`states.${card.state}`)}</span> ·{" "}
        {t(`topics.${card.topic}`)} · {card.commune.fullName} ·{" "}
        <time dateTime={card.createdAt}>{t("list.sent", { date: formatDate(new Date(card.createdAt), locale) })}</time>
        {card.answer && <> · {t("list.answeredBy", { unit: card.answer.unitName })}</>}
      </p>
    </li>
  );
}
