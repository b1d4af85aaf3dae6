import { SelectField } from "@/components/ui/action-form";
import { ARTICLE_KINDS } from "@/lib/articles/states";
import { can, type Actor } from "@/lib/auth/permissions";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import type { CommuneSummary } from "@/lib/units/queries";

type Topic = { id: string; kind: string; name: string; nameEn: string | null };

/**
 * Kind, topic and commune of an article. A cadre is offered only what they may choose (commune
 * news of their own commune); the server refuses anything else whatever the form sent.
 */
export function ArticleSettingsFields({
  viewer,
  locale,
  communes,
  topics,
  values,
}: {
  viewer: Actor;
  locale: Locale;
  communes: CommuneSummary[];
  topics: Topic[];
  values?: { kind: string; topicId: string | null; communeId: string | null };
}) {
  const t = getT(locale, "admin");
  const tArticles = getT(locale, "articles");
  const province = can(viewer, "articles.edit", { communeId: null });
  const kinds = province ? ARTICLE_KINDS : (["COMMUNE_UPDATE"] as const);
  const communeChoices = province ? communes : communes.filter((commune) => commune.id === viewer.communeId);
  const topicName = (topic: Topic) => (locale === "en" && topic.nameEn ? topic.nameEn : topic.name);
  return (
    <>
      <SelectField
        name="kind"
        label={t("articles.fields.kind")}
        required
        defaultValue={values?.kind ?? kinds[0]}
        options={kinds.map((kind) => ({ value: kind, label: tArticles(`kinds.${kind}`) }))}
      />
      <SelectField
        name="topicId"
        label={t("articles.fields.topic")}
        defaultValue={values?.topicId ?? ""}
        options={[
          { value: "", label: t("articles.fields.noTopic") },
          ...topics
            .filter((topic) => (kinds as readonly string[]).includes(topic.kind))
            .map((topic) => ({ value: topic.id, label: `${tArticles(`kinds.${topic.kind as "LAW"}`)} · ${topicName(topic)}` })),
        ]}
      />
      <SelectField
        name="communeId"
        label={t("articles.fields.commune")}
        defaultValue={values?.communeId ?? (province ? "" : (viewer.communeId ?? ""))}
        options={[
          ...(province ? [{ value: "", label: t("articles.fields.noCommune") }] : []),
          ...communeChoices.map((c) => ({ value: c.id, label: c.fullName })),
        ]}
      />
    </>
  );
}
