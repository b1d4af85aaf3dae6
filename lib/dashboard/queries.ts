import "server-only";
import { can, communeFilter, type Actor } from "@/lib/auth/permissions";
import { datasetCounts } from "@/lib/dataset/queries";
import { db } from "@/lib/db";
import { countIssuedByCommunes } from "@/lib/notices/admin-queries";
import { forumDashboardCounts } from "@/lib/forum/admin-queries";

export type DashboardCount = { key: string; value: number; href?: string };

/**
 * The counts on the back-office home, scoped like everything else: province-wide for
 * officials, the cadre's own commune for a cadre.
 */
export async function getDashboardCounts(viewer: Actor & { id: string }): Promise<DashboardCount[]> {
  const ownCommune = communeFilter(viewer, "units.view");
  const weekAgo = new Date(Date.now() - 7 * 24 * 60 * 60 * 1000);
  const [communes, villages, groups, groupsWithCode] = await Promise.all([
    db.adminUnit.count({ where: { level: "COMMUNE", id: ownCommune } }),
    db.adminUnit.count({ where: { level: "VILLAGE", parentId: ownCommune } }),
    db.ethnicGroup.count(),
    db.ethnicGroup.count({ where: { code: { not: null } } }),
  ]);
  const counts: DashboardCount[] = [
    { key: "communes", value: communes, href: "/admin/units" },
    { key: "villages", value: villages, href: "/admin/units" },
    { key: "ethnicGroups", value: groups, href: can(viewer, "ethnicGroups.manage") ? "/admin/ethnic-groups" : undefined },
    {
      key: "ethnicGroupsWithoutCode",
      value: groups - groupsWithCode,
      href: can(viewer, "ethnicGroups.manage") ? "/admin/ethnic-groups" : undefined,
    },
  ];
  const dataset = await datasetCounts(viewer);
  if (dataset) {
    counts.push({ key: "valuesChangedThisYear", value: dataset.valuesChangedThisYear, href: "/admin/data" });
    counts.push({ key: "communesMissingLastYear", value: dataset.communesMissingLastYear, href: `/admin/data?year=${dataset.lastYear}` });
  }
  if (can(viewer, "articles.publish")) {
    const inReview = await db.article.count({ where: { state: "IN_REVIEW", deletedAt: null } });
    counts.push({ key: "articlesInReview", value: inReview, href: "/admin/articles?state=IN_REVIEW" });
  }
  // The province is told what communes issued on their own (no review: a warning cannot wait).
  if (can(viewer, "notices.manage", { communeId: null })) {
    counts.push({ key: "noticesIssuedByCommunes", value: await countIssuedByCommunes(), href: "/admin/notices?issuedBy=communes" });
  }
  const forum = await forumDashboardCounts(viewer);
  if (forum) {
    if (forum.toModerate !== null) counts.push({ key: "forumToModerate", value: forum.toModerate, href: "/admin/forum?state=SUBMITTED" });
    counts.push({ key: "forumWaiting", value: forum.waiting, href: "/admin/forum?state=WAITING" });
    counts.push({ key: "forumOverdue", value: forum.overdue, href: "/admin/forum?late=overdue" });
    counts.push({ key: "forumVeryOverdue", value: forum.veryOverdue, href: "/admin/forum?late=veryOverdue" });
    if (forum.help !== null) counts.push({ key: "forumHelp", value: forum.help, href: "/admin/forum?help=1" });
  }
  if (can(viewer, "users.manage")) {
    counts.push({ key: "activeUsers", value: await db.user.count({ where: { active: true } }), href: "/admin/users" });
  }
  if (can(viewer, "audit.view")) {
    counts.push({
      key: "changesThisWeek",
      value: await db.auditLog.count({ where: { createdAt: { gte: weekAgo } } }),
      href: "/admin/audit",
    });
  }
  return counts;
}
