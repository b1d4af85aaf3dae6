import { can, type Actor, type Resource } from "@/lib/auth/permissions";

/**
 * The resource a notice is for permission checks: the one commune its whole area lies in, or
 * the province (null) when it is province-wide or spans several communes. So a cadre, whose
 * reach is their own commune, can only ever touch notices entirely inside that commune.
 */
export function noticeResource(notice: { communeId: string | null }): Resource {
  return { communeId: notice.communeId };
}

/** May `actor` prepare, issue, update, cancel or clear this notice? */
export function canManageNotice(actor: Actor | null, notice: { communeId: string | null }): boolean {
  return can(actor, "notices.manage", noticeResource(notice));
}
