import { SelectField, TextAreaField, TextField } from "@/components/ui/action-form";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { MONTHS, OCOP_STARS, PRODUCT_CATEGORIES } from "@/lib/products/schema";
import { monthName } from "../format";
import { CheckboxGroup } from "./checkbox-group";

type Settings = {
  producerId: string;
  category: string;
  priceMin: number | null;
  priceMax: number | null;
  months: number[];
  traceUrl: string | null;
  ocopStars: number | null;
  ocopDecision: string | null;
  ocopDate: Date | null;
};

/** Producer, category, price range, season, traceability and OCOP rating of a product. */
export function ProductSettingsFields({
  locale,
  producers,
  values,
}: {
  locale: Locale;
  producers: { id: string; name: string; commune: { fullName: string } }[];
  values?: Settings;
}) {
  const t = getT(locale, "products");
  return (
    <>
      <SelectField
        name="producerId"
        label={t("admin.fields.producer")}
        required
        defaultValue={values?.producerId ?? ""}
        options={[
          { value: "", label: t("admin.fields.chooseProducer") },
          ...producers.map((p) => ({ value: p.id, label: `${p.name} · ${p.commune.fullName}` })),
        ]}
      />
      <SelectField
        name="category"
        label={t("admin.fields.category")}
        required
        defaultValue={values?.category ?? "FOOD"}
        options={PRODUCT_CATEGORIES.map((category) => ({ value: category, label: t(`categories.${category}`) }))}
      />
      <TextField
        name="priceMin"
        label={t("admin.fields.priceMin")}
        hint={t("admin.fields.priceHint")}
        defaultValue={values?.priceMin?.toString()}
      />
      <TextField name="priceMax" label={t("admin.fields.priceMax")} defaultValue={values?.priceMax?.toString()} />
      <CheckboxGroup
        name="months"
        legend={t("admin.fields.months")}
        hint={t("admin.fields.monthsHint")}
        options={MONTHS.map((month) => ({ value: String(month), label: monthName(month, locale) }))}
        defaultValues={(values?.months ?? []).map(String)}
      />
      <TextField
        name="traceUrl"
        type="url"
        label={t("admin.fields.traceUrl")}
        hint={t("admin.fields.traceUrlHint")}
        defaultValue={values?.traceUrl ?? undefined}
      />
      <fieldset className="space-y-3 rounded border border-brand-100 p-3">
        <legend className="px-1 font-semibold">{t("admin.fields.ocop")}</legend>
        <SelectField
          name="ocopStars"
          label={t("admin.fields.stars")}
          defaultValue={values?.ocopStars?.toString() ?? ""}
          options={[
            { value: "", label: t("admin.fields.noRating") },
            ...OCOP_STARS.map((stars) => ({ value: String(stars), label: t("rating.stars", { count: stars }) })),
          ]}
        />
        <TextField
          name="ocopDecision"
          label={t("admin.fields.decision")}
          hint={t("admin.fields.decisionHint")}
          defaultValue={values?.ocopDecision ?? undefined}
        />
        <TextField
          name="ocopDate"
          type="date"
          label={t("admin.fields.decisionDate")}
          hint={t("admin.fields.decisionDateHint")}
          defaultValue={values?.ocopDate?.toISOString().slice(0, 10)}
        />
      </fieldset>
    </>
  );
}

/** One language of a product: name, address, description, ingredients, how it is made, unit. */
export function ProductTranslationFields({
  locale,
  values,
}: {
  locale: Locale;
  values?: { name: string; slug: string; description: string; ingredients: string | null; process: string | null; unit: string | null };
}) {
  const t = getT(locale, "products");
  return (
    <div className="space-y-4">
      <TextField name="name" label={t("admin.fields.name")} required defaultValue={values?.name} />
      <TextField name="slug" label={t("admin.fields.slug")} hint={t("admin.fields.slugHint")} defaultValue={values?.slug} />
      <TextAreaField name="description" rows={6} label={t("admin.fields.description")} required defaultValue={values?.description} />
      <TextAreaField name="ingredients" rows={2} label={t("admin.fields.ingredients")} defaultValue={values?.ingredients ?? undefined} />
      <TextAreaField name="process" rows={3} label={t("admin.fields.process")} defaultValue={values?.process ?? undefined} />
      <TextField name="unit" label={t("admin.fields.unit")} hint={t("admin.fields.unitHint")} defaultValue={values?.unit ?? undefined} />
    </div>
  );
}
