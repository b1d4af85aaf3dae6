import type { Tx } from "@/lib/db";
import { relayNotice } from "@/lib/relays/fanout";
import { fanOutNotice } from "@/lib/subscriptions/fanout";

/**
 * An issued version (an alert, an update, a cancel, an all-clear) reaches people in the same
 * transaction that issues it: its subscribers, and for a severe one the area's prestigious
 * persons. Nothing is sent if the transaction does not commit.
 */
export async function reachPeople(tx: Tx, noticeId: string): Promise<{ subscribers: number; relays: number }> {
  const notice = await tx.notice.findUniqueOrThrow({
    where: { id: noticeId },
    select: { id: true, seriesId: true, provinceWide: true, severity: true, communeId: true, msgType: true, allClear: true },
  });
  const subscribers = await fanOutNotice(tx, notice);
  const relays = await relayNotice(tx, notice);
  return { subscribers, relays };
}
