import { can } from "@/lib/auth/permissions";
import { issueResetLinkAction } from "@/lib/password-reset/actions";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { UserProfileFields } from "@/components/admin/user-fields";
import { TranslatorLanguagesForm } from "@/components/translations/translator-languages";
import { ActionForm, HiddenField, SubmitButton, TextField } from "@/components/ui/action-form";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePermission } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";
import { getRequestLocale, getT } from "@/lib/i18n/server";
import { listCommunes } from "@/lib/units/queries";
import { resetPasswordAction, setUserActiveAction, updateUserAction } from "@/lib/users/actions";
import { getUser } from "@/lib/users/queries";
import { StatusMessage } from "@/components/ui/status-message";

export async function generateMetadata(): Promise<Metadata> {
  return { title: getT(await getRequestLocale(), "admin")("users.editTitle") };
}

export default async function EditUserPage({ params, searchParams }: PageProps<"/admin/users/[id]">) {
  const viewer = await requirePermission("users.manage");
  const { id } = await params;
  const query = await searchParams;
  const locale = await getRequestLocale();
  const t = getT(locale, "admin");
  const tEveryday = getT(locale, "everyday");
  const [user, communes] = await Promise.all([getUser({ viewer, id }), listCommunes()]);
  if (!user) notFound();

  return (
    <>
      <p>
        <a href="/admin/users" className="underline">
          ← {t("common.back")}
        </a>
      </p>
      <PageHeading title={user.name} lead={`${user.email} · ${t(`roles.${user.role}`)}${user.active ? "" : ` · ${t("users.inactive")}`}`} />
      {query.created && <StatusMessage className="mt-4">{t("users.created")}</StatusMessage>}
      <p className="mt-2 text-sm text-muted">
        {t("users.lastLogin")}: {user.lastLoginAt ? formatDateTime(user.lastLoginAt, locale) : t("users.never")} ·{" "}
        <a href={`/admin/audit?entityType=User&entityId=${user.id}`} className="underline">
          {t("users.history")}
        </a>
      </p>

      <section aria-labelledby="profile" className="mt-8">
        <h2 id="profile" className="text-xl font-bold">
          {t("users.profile")}
        </h2>
        <ActionForm action={updateUserAction} className="mt-3 space-y-4">
          <HiddenField name="id" value={user.id} />
          <UserProfileFields locale={locale} communes={communes} values={user} />
          <SubmitButton pendingLabel={t("common.saving")}>{t("common.save")}</SubmitButton>
        </ActionForm>
      </section>

      <TranslatorLanguagesForm locale={locale} user={user} />

      <section aria-labelledby="access" className="mt-10 space-y-8">
        <h2 id="access" className="text-xl font-bold">
          {t("users.access")}
        </h2>
        <ActionForm action={setUserActiveAction} label={user.active ? t("users.deactivate") : t("users.reactivate")}>
          <HiddenField name="id" value={user.id} />
          <HiddenField name="active" value={user.active ? "false" : "true"} />
          {user.active && <p className="text-sm">{t("users.deactivateHint")}</p>}
          <SubmitButton variant={user.active ? "danger" : "primary"} pendingLabel={t("common.saving")}>
            {user.active ? t("users.deactivate") : t("users.reactivate")}
          </SubmitButton>
        </ActionForm>
        <ActionForm action={resetPasswordAction} label={t("users.resetPassword")}>
          <HiddenField name="id" value={user.id} />
          <h3 className="text-lg font-semibold">{t("users.resetPassword")}</h3>
          <p className="text-sm">{t("users.resetPasswordHint")}</p>
          <TextField
            name="password"
            type="password"
            label={t("users.fields.newPassword")}
            hint={t("users.fields.passwordHint")}
            required
            autoComplete="new-password"
          />
          <SubmitButton variant="secondary" pendingLabel={t("common.saving")}>
            {t("users.resetPassword")}
          </SubmitButton>
        </ActionForm>
        {user.active && can(viewer, "users.resetLink") && (
          <ActionForm action={issueResetLinkAction} label={tEveryday("reset.issue")}>
            <HiddenField name="id" value={user.id} />
            <h3 className="text-lg font-semibold">{tEveryday("reset.issue")}</h3>
            <p className="text-sm">{tEveryday("reset.issueHint")}</p>
            <SubmitButton variant="secondary" pendingLabel={t("common.saving")}>
              {tEveryday("reset.issue")}
            </SubmitButton>
          </ActionForm>
        )}
      </section>
    </>
  );
}
