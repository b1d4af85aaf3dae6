import { can, reachOf, type Actor } from "@/lib/auth/permissions";
import { noticeStatus } from "@/lib/notices/states";
import type { NoticeMsgType, NoticeState } from "@/lib/generated/prisma/enums";

/** The steps the notice editor announces after a redirect (`?done=…`). */
export const NOTICE_DONE = ["created", "issued", "updatePrepared", "cancelled", "allClear"] as const;

type EditorNoticeRef = {
  state: NoticeState;
  msgType: NoticeMsgType;
  allClear: boolean;
  expiresAt: Date | string;
  supersededBy: { id: string; state: NoticeState } | null;
  translations: readonly { locale: string }[];
};

/**
 * What the notice editor shows this viewer for this version at `now`. A draft is edited and
 * issued; an issued version is read-only and is updated (through a new draft), cleared or
 * cancelled while it is in force. Pure; the actions check the same rules on the stored row.
 */
export function noticeEditorDecisions(notice: EditorNoticeRef, viewer: Actor & { communeId: string | null }, now: Date) {
  const status = noticeStatus(notice, now);
  const draft = status === "DRAFT";
  const active = status === "ACTIVE";
  const hasVietnamese = notice.translations.some((tr) => tr.locale === "vi");
  return {
    status,
    /** Settings, texts and audio are edited only while the version is a draft. */
    draft,
    /** While in force: prepare an update (or open the one prepared), clear, cancel. */
    active,
    /** An update already prepared and not yet issued: open it rather than prepare another. */
    pendingUpdate: notice.supersededBy?.state === "DRAFT" ? notice.supersededBy.id : null,
    /** The banner as readers will see it, from the Vietnamese text. */
    preview: draft && hasVietnamese,
    /** Who the notice will reach (or reaches). */
    reachPreview: (draft || active) && hasVietnamese,
    /** Who received and relayed it: only once issued. */
    relayFigures: !draft,
    /** Reminding relays who have not confirmed; the commune is the viewer's unless they reach the province. */
    remind: can(viewer, "relays.manage") && active,
    remindCommune: reachOf(viewer, "relays.manage") === "all" ? null : viewer.communeId,
    /** The province-wide notice form: only for those whose notice reach is the whole province. */
    allowProvince: reachOf(viewer, "notices.manage") === "all",
    bulletin: can(viewer, "bulletins.download") && hasVietnamese,
    history: can(viewer, "audit.view"),
  };
}
