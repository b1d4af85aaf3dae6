import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EditorFrame, EditorLanguages } from "@/components/admin/editor-frame";
import { LibraryFiles, LibraryWorkflow } from "@/components/library/editor-sections";
import { LibraryItemSettingsFields } from "@/components/library/item-settings-fields";
import { ActionForm, HiddenField, SubmitButton, TextAreaField, TextField } from "@/components/ui/action-form";
import { requirePermission } from "@/lib/auth/session";
import { editorQuery } from "@/lib/editor-query";
import { LOCALE_AUTONYMS } from "@/lib/i18n/config";
import { getRequestLocale, getT } from "@/lib/i18n/server";
import { saveLibraryTranslationAction, updateLibraryItemAction } from "@/lib/library/actions";
import { getLibraryItemForEditor, listGroupsForEditor } from "@/lib/library/admin-queries";
import { libraryEditorDecisions } from "@/lib/library/editor";
import { LIBRARY_DONE } from "@/lib/library/states";
import { localePath } from "@/lib/navigation";

export async function generateMetadata(): Promise<Metadata> {
  return { title: getT(await getRequestLocale(), "admin")("library.title") };
}

/** The library editor: settings, a tab per language (title, description, transcript), files, review. */
export default async function EditLibraryItemPage({ params, searchParams }: PageProps<"/admin/library/[id]">) {
  const viewer = await requirePermission("library.contribute");
  const { id } = await params;
  const query = editorQuery(await searchParams, LIBRARY_DONE);
  const lang = query.lang;
  const locale = await getRequestLocale();
  const t = getT(locale, "admin");
  const tl = getT(locale, "library");
  const [item, groups] = await Promise.all([getLibraryItemForEditor(viewer, id), listGroupsForEditor()]);
  if (!item) notFound();
  const decide = libraryEditorDecisions(item, viewer);
  const vi = item.translations.find((tr) => tr.locale === "vi");
  const translation = item.translations.find((tr) => tr.locale === lang);

  const state = (
    <>
      <p className="font-semibold">{t("library.editor.status", { state: t(`library.states.${item.state}`) })}</p>
      {item.author && <p>{t("library.editor.author", { name: item.author.name })}</p>}
      {item.reviewComment && (
        <p className="rounded bg-amber-50 px-3 py-2">{t("library.editor.reviewComment", { comment: item.reviewComment })}</p>
      )}
      {decide.publicLink && (
        <p>
          <a href={localePath("vi", `library/${item.id}`)} className="underline">
            {t("library.editor.viewPublic")}
          </a>
        </p>
      )}
      {decide.history && (
        <p>
          <a href={`/admin/audit?entityType=LibraryItem&entityId=${item.id}`} className="underline">
            {t("library.editor.history")}
          </a>
        </p>
      )}
      {!decide.editable && <p className="font-semibold">{t("library.editor.lockedNote")}</p>}
    </>
  );

  return (
    <EditorFrame
      back={{ href: "/admin/library", label: t("common.back") }}
      title={vi?.title ?? t("library.title")}
      messages={[
        query.done && t(`library.${query.done}`),
        query.created && t("library.created"),
        Boolean(query.saved) && t("library.fileSaved"),
      ]}
      state={state}
    >
      <LibraryFiles item={item} editable={decide.editable} uploadError={query.error} locale={locale} />

      <EditorLanguages
        heading={t("library.editor.languages")}
        href={`/admin/library/${item.id}`}
        current={lang}
        present={item.translations}
        missingLabel={t("library.editor.missing")}
      >
        {decide.editable ? (
          <ActionForm key={lang} action={saveLibraryTranslationAction} className="mt-4 space-y-4" label={LOCALE_AUTONYMS[lang]}>
            <HiddenField name="itemId" value={item.id} />
            <HiddenField name="locale" value={lang} />
            <TextField name="title" label={t("library.fields.title")} required defaultValue={translation?.title} />
            <TextAreaField
              name="description"
              rows={5}
              label={t("library.fields.description")}
              required
              defaultValue={translation?.description}
            />
            <TextAreaField
              name="transcript"
              rows={12}
              label={t("library.fields.transcript")}
              hint={t("library.fields.transcriptHint")}
              defaultValue={translation?.transcript ?? undefined}
            />
            <SubmitButton pendingLabel={t("common.saving")}>{t("common.save")}</SubmitButton>
          </ActionForm>
        ) : (
          translation && (
            <div lang={lang} className="mt-4 space-y-2">
              <h3 className="text-lg font-semibold">{translation.title}</h3>
              <p>{translation.description}</p>
              {translation.transcript && (
                <pre className="whitespace-pre-wrap rounded bg-brand-50 p-3 font-sans">{translation.transcript}</pre>
              )}
            </div>
          )
        )}
      </EditorLanguages>

      {decide.editable && (
        <section aria-labelledby="settings" className="mt-10">
          <h2 id="settings" className="text-xl font-bold">
            {t("library.editor.settings")}
          </h2>
          <ActionForm action={updateLibraryItemAction} className="mt-3 space-y-4" label={t("library.editor.settings")}>
            <HiddenField name="id" value={item.id} />
            <LibraryItemSettingsFields locale={locale} groups={groups} values={{ ...item, groupIds: item.groups.map((g) => g.id) }} />
            <SubmitButton pendingLabel={t("common.saving")}>{t("common.save")}</SubmitButton>
          </ActionForm>
        </section>
      )}

      <LibraryWorkflow itemId={item.id} decide={decide} locale={locale} />
      <p className="sr-only">{tl("title")}</p>
    </EditorFrame>
  );
}
