import { can, type Action, type Actor } from "@/lib/auth/permissions";

type QuestionScope = { communeId: string; assignedCommuneId: string | null };

/**
 * May the viewer do `action` on this question? A question belongs to its commune and, once
 * assigned to another commune, to that one too: a cadre of either reaches it; officials reach
 * every question. Moderation ("forum.moderate") is province-wide only.
 */
export function canOnQuestion(viewer: Actor | null, action: Action, question: QuestionScope): boolean {
  if (can(viewer, action, { communeId: question.communeId })) return true;
  return question.assignedCommuneId !== null && can(viewer, action, { communeId: question.assignedCommuneId });
}

/**
 * The signatures a viewer may put under an answer: a cadre signs for their own commune's
 * People's Committee; officials for the province's agency or any commune's committee.
 */
export function allowedSignatures(
  viewer: Actor,
  agencyName: string,
  communes: { id: string; name: string }[],
  committee: (communeName: string) => string,
): string[] {
  if (can(viewer, "forum.moderate")) return [agencyName, ...communes.map((c) => committee(c.name))];
  const own = communes.find((c) => c.id === viewer.communeId);
  return own ? [committee(own.name)] : [];
}
