import type { Metadata } from "next";
import { ActionForm, HiddenField, SelectField, SubmitButton, TextField } from "@/components/ui/action-form";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePermission } from "@/lib/auth/session";
import { saveIndicatorAction } from "@/lib/dataset/actions";
import { getReference } from "@/lib/dataset/queries";
import type { IndicatorRef } from "@/lib/dataset/reference";
import { getRequestLocale, getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: getT(await getRequestLocale(), "dataset")("indicators.title") };
}

export default async function IndicatorsPage() {
  await requirePermission("indicators.manage");
  const locale = await getRequestLocale();
  const t = getT(locale, "dataset");
  const tAdmin = getT(locale, "admin");
  const { indicators } = await getReference();
  const name = (i: IndicatorRef, lng: string) => i.translations.find((tr) => tr.locale === lng);
  const fields = (i?: IndicatorRef) => (
    <div className="grid gap-3 sm:grid-cols-2">
      <TextField
        name="code"
        label={t("indicators.code")}
        hint={t("indicators.codeHint")}
        required
        defaultValue={i?.code}
        autoComplete="off"
      />
      <TextField
        name="sortOrder"
        label={t("indicators.sortOrder")}
        defaultValue={String(i?.sortOrder ?? indicators.length + 1)}
        autoComplete="off"
      />
      <TextField name="nameVi" label={t("indicators.nameVi")} required defaultValue={i && name(i, "vi")?.name} autoComplete="off" />
      <TextField name="unitVi" label={t("indicators.unitVi")} required defaultValue={i && name(i, "vi")?.unit} autoComplete="off" />
      <TextField name="nameEn" label={t("indicators.nameEn")} defaultValue={i && name(i, "en")?.name} autoComplete="off" />
      <TextField name="unitEn" label={t("indicators.unitEn")} defaultValue={i && name(i, "en")?.unit} autoComplete="off" />
      <SelectField
        name="valueType"
        label={t("indicators.valueType")}
        defaultValue={i?.valueType ?? "COUNT"}
        options={(["COUNT", "PERCENT", "AMOUNT"] as const).map((v) => ({ value: v, label: t(`indicators.types.${v}`) }))}
      />
      <SelectField
        name="aggregation"
        label={t("indicators.aggregation")}
        defaultValue={i?.aggregation ?? "SUM"}
        options={(["SUM", "WEIGHTED", "NONE"] as const).map((v) => ({ value: v, label: t(`indicators.aggregations.${v}`) }))}
      />
      <SelectField
        name="weightId"
        label={t("indicators.weight")}
        defaultValue={i?.weightId ?? ""}
        options={[
          { value: "", label: t("indicators.noWeight") },
          ...indicators
            .filter((w) => w.valueType === "COUNT" && w.id !== i?.id)
            .map((w) => ({ value: w.id, label: `${w.code} – ${name(w, "vi")?.name ?? ""}` })),
        ]}
      />
      <SelectField
        name="isPublic"
        label={t("indicators.isPublic")}
        defaultValue={i && !i.isPublic ? "false" : "true"}
        options={[
          { value: "true", label: "✓" },
          { value: "false", label: "—" },
        ]}
      />
      <TextField name="min" label={t("indicators.min")} defaultValue={i?.min?.toString() ?? ""} autoComplete="off" />
      <TextField name="max" label={t("indicators.max")} defaultValue={i?.max?.toString() ?? ""} autoComplete="off" />
    </div>
  );
  return (
    <>
      <PageHeading title={t("indicators.title")} lead={t("indicators.lead")} />
      <ul className="mt-6 space-y-3">
        {indicators.map((i) => (
          <li key={i.id} className="rounded border border-brand-100 p-3">
            <details>
              <summary className="cursor-pointer">
                <span className="font-mono font-semibold">{i.code}</span> · {name(i, locale)?.name ?? name(i, "vi")?.name} (
                {name(i, locale)?.unit ?? name(i, "vi")?.unit}) ·{" "}
                <span className="text-sm text-muted">
                  {t(`indicators.types.${i.valueType}`)} · {t(`indicators.aggregations.${i.aggregation}`)}
                </span>
              </summary>
              <ActionForm action={saveIndicatorAction} label={i.code} className="mt-3 space-y-3">
                <HiddenField name="id" value={i.id} />
                {fields(i)}
                <SubmitButton pendingLabel={tAdmin("common.saving")}>{tAdmin("common.save")}</SubmitButton>
              </ActionForm>
            </details>
          </li>
        ))}
      </ul>
      <section aria-labelledby="new-indicator" className="mt-8">
        <h2 id="new-indicator" className="text-xl font-bold">
          {t("indicators.new")}
        </h2>
        <ActionForm action={saveIndicatorAction} label={t("indicators.new")} className="mt-3 space-y-3">
          {fields()}
          <SubmitButton pendingLabel={tAdmin("common.saving")}>{t("indicators.new")}</SubmitButton>
        </ActionForm>
      </section>
    </>
  );
}
