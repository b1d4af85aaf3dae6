import type { ReactNode } from "react";
import { FilterForm, FilterInput, FilterSelect } from "@/components/ui/filter-form";
import { PageHeading, buttonLinkClass } from "@/components/ui/page-heading";
import { reachOf } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/session";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";

type Props = {
  section: "producers" | "products";
  locale: Locale;
  /** A cadre (products of their commune only) sees no commune filter. */
  viewer: Viewer;
  communes: { id: string; fullName: string }[];
  filters: { q?: string; communeId?: string };
  /** The filter shown before the commune (kind or category). */
  first: ReactNode;
  /** The filters shown after the commune. */
  children?: ReactNode;
};

/** The heading, "new" button and filters that /admin/producers and /admin/products share. */
export function ProductsAdminListTop({ section, locale, viewer, communes, filters, first, children }: Props) {
  const province = reachOf(viewer, "products.manage") === "all";
  const t = getT(locale, "products");
  const tAdmin = getT(locale, "admin");
  const all = { value: "", label: tAdmin("common.all") };
  return (
    <>
      <PageHeading
        title={t(`admin.${section}.title`)}
        lead={province ? t(`admin.${section}.lead`) : t(`admin.${section}.leadCadre`, { commune: viewer.commune?.fullName ?? "" })}
      >
        <a href={`/admin/${section}/new`} className={buttonLinkClass}>
          {t(`admin.${section}.new`)}
        </a>
      </PageHeading>
      <FilterForm action={`/admin/${section}`} submitLabel={tAdmin("common.filter")} clearLabel={tAdmin("common.clearFilters")}>
        <FilterInput name="q" type="search" label={t("admin.filters.q")} value={filters.q} />
        {first}
        {province && (
          <FilterSelect
            name="communeId"
            label={t("list.commune")}
            value={filters.communeId}
            options={[all, ...communes.map((c) => ({ value: c.id, label: c.fullName }))]}
          />
        )}
        {children}
      </FilterForm>
    </>
  );
}
