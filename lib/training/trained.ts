import type { TrainingResult } from "@/lib/generated/prisma/enums";

/**
 * Whether a participant counts as trained: a result recorded by the organiser decides; with no
 * result yet (PENDING), being present at every session of a course that has sessions does.
 * The one rule behind the certificate, plan versus done and the programme's figure.
 */
export function isTrained(
  participant: { result: TrainingResult; attendance: { sessionId: string; present: boolean }[] },
  sessionIds: readonly string[],
): boolean {
  if (participant.result === "COMPLETED") return true;
  if (participant.result === "NOT_COMPLETED" || sessionIds.length === 0) return false;
  const present = new Set(participant.attendance.filter((a) => a.present).map((a) => a.sessionId));
  return sessionIds.every((id) => present.has(id));
}

/** Sessions a participant was present at. */
export function sessionsAttended(
  participant: { attendance: { sessionId: string; present: boolean }[] },
  sessionIds: readonly string[],
): number {
  const ids = new Set(sessionIds);
  return participant.attendance.filter((a) => a.present && ids.has(a.sessionId)).length;
}
