import type { Metadata } from "next";
import { ListTable } from "@/components/admin/list-table";
import { FilterForm, FilterInput, FilterSelect } from "@/components/ui/filter-form";
import { PageHeading, buttonLinkClass } from "@/components/ui/page-heading";
import { AdminPagination } from "@/components/admin/admin-pagination";
import { PERMISSIONS, ROLES, can, type Action } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";
import { getRequestLocale, getT } from "@/lib/i18n/server";
import { translateKey } from "@/lib/i18n/translate-key";
import { listCommunes } from "@/lib/units/queries";
import { listUsers } from "@/lib/users/queries";
import { ZUserFilters } from "@/lib/users/schema";
import { DataTable } from "@/components/ui/data-table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: getT(await getRequestLocale(), "admin")("users.title") };
}

export default async function UsersPage({ searchParams }: PageProps<"/admin/users">) {
  const viewer = await requirePermission("users.manage");
  const locale = await getRequestLocale();
  const t = getT(locale, "admin");
  const filters = ZUserFilters.parse(await searchParams);
  const [{ users, total, pageCount }, communes] = await Promise.all([listUsers({ viewer, filters }), listCommunes()]);

  return (
    <>
      <PageHeading title={t("users.title")} lead={t("users.lead")}>
        <a href="/admin/users/new" className={buttonLinkClass}>
          {t("users.new")}
        </a>
        {can(viewer, "signInLocks.manage") && (
          <a href="/admin/users/sign-in-locks" className="inline-flex min-h-11 items-center underline">
            {t("signInLocks.link")}
          </a>
        )}
      </PageHeading>

      <FilterForm action="/admin/users" submitLabel={t("common.filter")} clearLabel={t("common.clearFilters")}>
        <FilterInput name="q" type="search" label={t("users.search")} value={filters.q} />
        <FilterSelect
          name="role"
          label={t("users.fields.role")}
          value={filters.role}
          options={[{ value: "", label: t("common.all") }, ...ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))]}
        />
        <FilterSelect
          name="communeId"
          label={t("users.fields.commune")}
          value={filters.communeId}
          options={[{ value: "", label: t("common.all") }, ...communes.map((c) => ({ value: c.id, label: c.fullName }))]}
        />
        <FilterSelect
          name="status"
          label={t("users.status")}
          value={filters.status}
          options={[
            { value: "", label: t("common.all") },
            { value: "active", label: t("users.active") },
            { value: "inactive", label: t("users.inactive") },
          ]}
        />
      </FilterForm>

      <ListTable
        status={t("common.resultCount", { count: total })}
        isEmpty={users.length === 0}
        emptyLabel={t("users.empty")}
        headings={[t("users.fields.name"), t("users.fields.role"), t("users.status"), t("users.lastLogin")]}
      >
        {users.map((user) => (
          <tr key={user.id} className="border-b border-brand-100 align-top">
            <td className="py-2 pr-3">
              <a href={`/admin/users/${user.id}`} className="font-semibold text-brand-700 underline">
                {user.name}
              </a>
              <span className="block text-sm text-muted">{user.email}</span>
            </td>
            <td className="py-2 pr-3">
              {t(`roles.${user.role}`)}
              {user.commune && <span className="block text-sm text-muted">{user.commune.fullName}</span>}
            </td>
            <td className="py-2 pr-3">{user.active ? t("users.active") : <strong>{t("users.inactive")}</strong>}</td>
            <td className="py-2 pr-3 text-sm">{user.lastLoginAt ? formatDateTime(user.lastLoginAt, locale) : t("users.never")}</td>
          </tr>
        ))}
      </ListTable>
      <AdminPagination
        page={filters.page}
        pageCount={pageCount}
        basePath="/admin/users"
        query={{ q: filters.q, role: filters.role, communeId: filters.communeId, status: filters.status }}
        locale={locale}
      />

      <section aria-labelledby="permissions" className="mt-10">
        <h2 id="permissions" className="text-xl font-bold">
          {t("permissions.title")}
        </h2>
        <DataTable headings={[t("permissions.action"), ...ROLES.map((role) => t(`roles.${role}`))]}>
          {(Object.keys(PERMISSIONS) as Action[]).map((action) => {
            const grants: Partial<Record<string, string>> = PERMISSIONS[action].grants;
            return (
              <tr key={action} className="border-b border-brand-100">
                <th scope="row" className="py-2 pr-3 font-normal">
                  {translateKey(t, `permissions.${action}`)}
                </th>
                {ROLES.map((role) => (
                  <td key={role} className="py-2 pr-3">
                    {translateKey(t, `permissions.${grants[role] ?? "none"}`)}
                  </td>
                ))}
              </tr>
            );
          })}
        </DataTable>
      </section>
    </>
  );
}
