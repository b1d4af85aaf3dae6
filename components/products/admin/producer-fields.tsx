import { SelectField, TextAreaField, TextField } from "@/components/ui/action-form";
import type { Actor } from "@/lib/auth/permissions";
import { can } from "@/lib/auth/permissions";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { PRODUCER_KINDS } from "@/lib/products/schema";
import { formatVietnamesePhone } from "@/lib/text/phone";
import { CheckboxGroup } from "./checkbox-group";

type Values = {
  name: string;
  slug: string;
  kind: string;
  communeId: string;
  villageId: string | null;
  story: string;
  storyEn: string | null;
  phone: string | null;
  zalo: string | null;
  address: string | null;
  website: string | null;
  latitude: number | null;
  longitude: number | null;
  ethnicGroups: { id: string }[];
};

/**
 * A producer's fields. A cadre is offered only their own commune (the server refuses any other,
 * whatever the form sent).
 */
export function ProducerFields({
  viewer,
  locale,
  communes,
  villages,
  groups,
  values,
}: {
  viewer: Actor;
  locale: Locale;
  communes: { id: string; fullName: string }[];
  villages: { id: string; fullName: string; parent: { name: string } | null }[];
  groups: { id: string; name: string }[];
  values?: Values;
}) {
  const t = getT(locale, "products");
  const province = can(viewer, "products.manage", { communeId: null });
  const communeChoices = province ? communes : communes.filter((commune) => commune.id === viewer.communeId);
  const phone = (value: string | null | undefined) => (value ? formatVietnamesePhone(value) : undefined);
  return (
    <>
      <TextField name="name" label={t("admin.producerFields.name")} required defaultValue={values?.name} />
      <TextField name="slug" label={t("admin.fields.slug")} hint={t("admin.fields.slugHint")} defaultValue={values?.slug} />
      <SelectField
        name="kind"
        label={t("admin.producerFields.kind")}
        required
        defaultValue={values?.kind ?? "COOPERATIVE"}
        options={PRODUCER_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
      />
      <SelectField
        name="communeId"
        label={t("admin.producerFields.commune")}
        required
        defaultValue={values?.communeId ?? (province ? "" : (viewer.communeId ?? ""))}
        options={[
          ...(province ? [{ value: "", label: t("admin.producerFields.chooseCommune") }] : []),
          ...communeChoices.map((c) => ({ value: c.id, label: c.fullName })),
        ]}
      />
      <SelectField
        name="villageId"
        label={t("admin.producerFields.village")}
        defaultValue={values?.villageId ?? ""}
        options={[
          { value: "", label: t("admin.producerFields.noVillage") },
          ...villages.map((v) => ({ value: v.id, label: `${v.fullName} · ${v.parent?.name ?? ""}` })),
        ]}
      />
      <CheckboxGroup
        name="ethnicGroupIds"
        legend={t("admin.producerFields.groups")}
        hint={t("admin.producerFields.groupsHint")}
        options={groups.map((group) => ({ value: group.id, label: group.name }))}
        defaultValues={(values?.ethnicGroups ?? []).map((g) => g.id)}
      />
      <TextAreaField name="story" rows={4} label={t("admin.producerFields.story")} defaultValue={values?.story} />
      <TextAreaField
        name="storyEn"
        rows={4}
        label={t("admin.producerFields.storyEn")}
        hint={t("admin.producerFields.storyEnHint")}
        defaultValue={values?.storyEn ?? undefined}
      />
      <TextField
        name="phone"
        type="tel"
        label={t("admin.producerFields.phone")}
        hint={t("admin.producerFields.phoneHint")}
        defaultValue={phone(values?.phone)}
      />
      <TextField
        name="zalo"
        type="tel"
        label={t("admin.producerFields.zalo")}
        hint={t("admin.producerFields.zaloHint")}
        defaultValue={phone(values?.zalo)}
      />
      <TextField name="address" label={t("admin.producerFields.address")} defaultValue={values?.address ?? undefined} />
      <TextField name="website" type="url" label={t("admin.producerFields.website")} defaultValue={values?.website ?? undefined} />
      <TextField
        name="latitude"
        label={t("admin.producerFields.latitude")}
        hint={t("admin.producerFields.coordinatesHint")}
        defaultValue={values?.latitude?.toString()}
      />
      <TextField name="longitude" label={t("admin.producerFields.longitude")} defaultValue={values?.longitude?.toString()} />
    </>
  );
}
