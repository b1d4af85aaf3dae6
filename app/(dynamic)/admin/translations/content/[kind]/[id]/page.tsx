import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeading } from "@/components/ui/page-heading";
import { UploadForm } from "@/components/ui/upload-form";
import { Recorder } from "@/components/translations/recorder";
import { TranslationForm } from "@/components/translations/translation-form";
import { requirePermission } from "@/lib/auth/session";
import { formatDate } from "@/lib/format";
import { LOCALE_AUTONYMS, type Locale } from "@/lib/i18n/config";
import { getRequestLocale, getT } from "@/lib/i18n/server";
import { mediaUrl } from "@/lib/storage/urls";
import { approveContentAction, suggestContentAction } from "@/lib/translations/actions";
import { paragraphs, termsIn, type GlossaryEntry } from "@/lib/translations/checks";
import { CONTENT_FIELDS } from "@/lib/translations/content";
import { findInMemory } from "@/lib/translations/memory";
import { MemoryMatches } from "@/components/translations/memory-matches";
import { getContentForEditor } from "@/lib/translations/queries";
import { ZKind } from "@/lib/translations/schema";
import { languageSettings } from "@/lib/translations/settings";
import { chosenLanguage } from "@/lib/translations/viewer";
import { StatusMessage } from "@/components/ui/status-message";

export async function generateMetadata(): Promise<Metadata> {
  return { title: getT(await getRequestLocale(), "admin")("translations.tabs.content") };
}

/** A paragraph with the glossary's terms marked, their approved rendering on hover and for screen readers. */
function Highlighted({ text, terms, lang }: { text: string; terms: GlossaryEntry[]; lang: Locale }) {
  if (!terms.length) return <>{text}</>;
  const pattern = new RegExp(`(${terms.map((t) => t.term.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})`, "giu");
  return (
    <>
      {text.split(pattern).map((part, i) => {
        const term = terms.find((t) => t.term.toLocaleLowerCase("vi") === part.toLocaleLowerCase("vi"));
        return term ? (
          <mark key={i} title={term.rendering}>
            {part}
            <span className="sr-only"> (</span>
            <span lang={lang} className="text-xs">
              {" "}
              → {term.rendering}
            </span>
            <span className="sr-only">)</span>
          </mark>
        ) : (
          part
        );
      })}
    </>
  );
}

/** The side-by-side editor of one item's translation: source left, translation right, then review and the recorded reading. */
export default async function ContentEditorPage({ params, searchParams }: PageProps<"/admin/translations/content/[kind]/[id]">) {
  const viewer = await requirePermission("translations.suggest");
  const locale = await getRequestLocale();
  const t = getT(locale, "admin");
  const { kind: rawKind, id } = await params;
  const query = await searchParams;
  const kind = ZKind.safeParse(rawKind);
  const lang = chosenLanguage(viewer, query.lang);
  if (!kind.success || !lang) notFound();
  const item = await getContentForEditor(kind.data, decodeURIComponent(id), lang);
  if (!item) notFound();
  const settings = await languageSettings(lang);
  const fields = CONTENT_FIELDS[kind.data];
  const { source, translation } = item;
  const sourceParagraphs = fields
    .flatMap((f) => (f.long ? paragraphs(source.fields[f.name] ?? "") : [source.fields[f.name] ?? ""]))
    .slice(0, 12);
  const memory = (await Promise.all(sourceParagraphs.map((p) => findInMemory(lang, p, 2)))).flat();
  const canApprove =
    viewer.reviewsIn.includes(lang) &&
    translation &&
    (translation.state === "SUGGESTED" ? translation.authorId !== viewer.id : translation.outdated);
  const recordingAction = `/api/translations/${kind.data}/${encodeURIComponent(source.id)}/recording?lang=${lang}`;
  const errorKey = typeof query.error === "string" ? query.error : undefined;
  return (
    <>
      <p className="text-sm">
        <a href={`/admin/translations/content?lang=${lang}`} className="underline">
          ← {t("translations.editor.back")}
        </a>
      </p>
      <PageHeading title={t("translations.editor.title", { title: source.fields[fields[0]!.name] })} />
      {query.approved === "1" && <StatusMessage className="mt-3">{t("translations.approved")}</StatusMessage>}
      {translation?.outdated && translation.approvedAt && (
        <p role="note" className="mt-3 rounded border-l-4 border-amber-500 bg-amber-50 px-3 py-2">
          {t("translations.editor.outdated", { date: formatDate(new Date(translation.approvedAt), locale) })}
        </p>
      )}
      {translation?.state === "SUGGESTED" && (
        <p className="mt-3">{t("translations.editor.suggestedBy", { name: translation.authorName ?? "—" })}</p>
      )}
      {translation?.state === "APPROVED" && translation.approvedAt && !translation.outdated && (
        <p className="mt-3">{t("translations.editor.approvedOn", { date: formatDate(new Date(translation.approvedAt), locale) })}</p>
      )}
      <div className="mt-4 grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="source-title">
          <h2 id="source-title" className="text-lg font-bold">
            {t("translations.editor.source")}
          </h2>
          {fields.map((field) => (
            <div key={field.name} className="mt-3">
              <h3 className="font-semibold">{t(`translations.fields.${field.name}` as "translations.fields.title")}</h3>
              {(field.long ? paragraphs(source.fields[field.name] ?? "") : [source.fields[field.name] ?? ""]).map((p, i) => (
                <p key={i} lang="vi" className="mt-2 whitespace-pre-wrap rounded bg-brand-50 p-2">
                  <Highlighted text={p} terms={termsIn(p, settings.glossary)} lang={lang} />
                </p>
              ))}
            </div>
          ))}
          <MemoryMatches memory={memory} lang={lang} locale={locale} className="mt-4" />
        </section>
        <section aria-labelledby="translation-title">
          <h2 id="translation-title" className="text-lg font-bold">
            {t("translations.editor.translation", { language: LOCALE_AUTONYMS[lang] })}
          </h2>
          <TranslationForm
            action={suggestContentAction}
            label={t("translations.editor.translation", { language: LOCALE_AUTONYMS[lang] })}
            hidden={{ locale: lang, kind: kind.data, id: source.id }}
            fields={fields.map((field) => ({
              name: `field.${field.name}`,
              label: t(`translations.fields.${field.name}` as "translations.fields.title"),
              defaultValue: translation?.fields[field.name] ?? "",
              long: field.long,
              lang,
            }))}
            submitLabel={t("translations.editor.save")}
            pendingLabel={t("common.saving")}
          />
          {canApprove && (
            <div className="mt-4 border-t border-brand-100 pt-4">
              <TranslationForm
                action={approveContentAction}
                label={t("translations.approveLabel")}
                hidden={{ locale: lang, kind: kind.data, id: source.id }}
                fields={[]}
                submitLabel={t("translations.approve")}
                pendingLabel={t("common.saving")}
              />
            </div>
          )}
        </section>
      </div>
      <section id="recording" aria-labelledby="recording-title" className="mt-8 space-y-3">
        <h2 id="recording-title" className="text-lg font-bold">
          {t("translations.editor.recording")}
        </h2>
        {translation?.audio && (
          <div>
            <p className="font-semibold">{t("translations.editor.recordingCurrent")}</p>
            <audio controls preload="none" className="mt-1 w-full max-w-xl">
              <source src={mediaUrl(translation.audio.storageKey)} type={translation.audio.mimeType} />
            </audio>
          </div>
        )}
        {query.recording === "saved" && (
          <p role="status" className="font-semibold text-green-900">
            {t("translations.editor.recordingSaved")}
          </p>
        )}
        <UploadForm
          action={recordingAction}
          id="recording-file"
          label={t("translations.editor.recording")}
          hint={t("translations.editor.recordingHint")}
          accept="audio/*"
          locale={locale}
          error={errorKey}
          submitLabel={t("translations.editor.upload")}
        />
        <Recorder action={recordingAction} recordLabel={t("translations.editor.record")} stopLabel={t("translations.editor.stop")} />
      </section>
    </>
  );
}
