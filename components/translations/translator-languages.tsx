import { ActionForm, HiddenField, SubmitButton } from "@/components/ui/action-form";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { LANGUAGES } from "@/lib/i18n/languages.mjs";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { setTranslatorLanguagesAction } from "@/lib/translations/actions";

/** On an account's page (administrators): the languages it translates into and reviews. */
export function TranslatorLanguagesForm({
  locale,
  user,
}: {
  locale: Locale;
  user: { id: string; translatesInto: string[]; reviewsIn: string[] };
}) {
  const t = getT(locale, "admin");
  return (
    <section aria-labelledby="translator-languages" className="mt-10">
      <h2 id="translator-languages" className="text-xl font-bold">
        {t("translations.profile.title")}
      </h2>
      <p className="mt-1 text-sm text-muted">{t("translations.profile.lead")}</p>
      <ActionForm action={setTranslatorLanguagesAction} className="mt-3 space-y-2" label={t("translations.profile.title")}>
        <HiddenField name="id" value={user.id} />
        {LANGUAGES.filter((language) => language.minority).map((language) => (
          <fieldset key={language.code} className="rounded border border-brand-100 p-2">
            <legend className="font-semibold">{language.autonym}</legend>
            <CheckboxField
              name={`translates.${language.code}`}
              label={t("translations.profile.translates", { language: language.autonym })}
              defaultChecked={user.translatesInto.includes(language.code)}
            />
            <CheckboxField
              name={`reviews.${language.code}`}
              label={t("translations.profile.reviews", { language: language.autonym })}
              defaultChecked={user.reviewsIn.includes(language.code)}
            />
          </fieldset>
        ))}
        <SubmitButton pendingLabel={t("common.saving")}>{t("translations.profile.save")}</SubmitButton>
      </ActionForm>
    </section>
  );
}
