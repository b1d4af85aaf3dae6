import type { Metadata } from "next";
import { ListTable } from "@/components/admin/list-table";
import { ActionForm, HiddenField, SubmitButton } from "@/components/ui/action-form";
import { PageHeading } from "@/components/ui/page-heading";
import { liftSignInLockAction } from "@/lib/auth/actions";
import { listSignInLocks } from "@/lib/auth/locks";
import { requirePermission } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";
import { getRequestLocale, getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: getT(await getRequestLocale(), "admin")("signInLocks.title") };
}

/** /admin/users/sign-in-locks: who is slowed down at sign-in, and lifting it (audited). */
export default async function SignInLocksPage() {
  const viewer = await requirePermission("signInLocks.manage");
  const locale = await getRequestLocale();
  const t = getT(locale, "admin");
  const now = new Date();
  const locks = await listSignInLocks(viewer, now);
  return (
    <>
      <PageHeading title={t("signInLocks.title")} lead={t("signInLocks.lead")} />
      <ListTable
        status={t("common.resultCount", { count: locks.length })}
        isEmpty={locks.length === 0}
        emptyLabel={t("signInLocks.empty")}
        headings={[t("signInLocks.account"), t("signInLocks.address"), t("signInLocks.failures"), t("signInLocks.lockedUntil"), ""]}
      >
        {locks.map((lock) => (
          <tr key={lock.key} className="border-b border-brand-100 align-top">
            <td className="py-2 pr-3">{lock.email ?? <em>{t("signInLocks.allAccounts")}</em>}</td>
            <td className="py-2 pr-3 font-mono text-sm">{lock.address}</td>
            <td className="py-2 pr-3">{lock.failures}</td>
            <td className="py-2 pr-3 text-sm">
              {lock.lockedUntil && lock.lockedUntil > now ? (
                <strong>{formatDateTime(lock.lockedUntil, locale)}</strong>
              ) : (
                t("signInLocks.notLocked")
              )}
            </td>
            <td className="py-2 pr-3">
              <ActionForm
                action={liftSignInLockAction}
                label={`${t("signInLocks.lift")}: ${lock.email ?? lock.address}`}
                className="space-y-1"
              >
                <HiddenField name="key" value={lock.key} />
                <SubmitButton variant="secondary">{t("signInLocks.lift")}</SubmitButton>
              </ActionForm>
            </td>
          </tr>
        ))}
      </ListTable>
    </>
  );
}
