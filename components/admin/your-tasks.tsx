import { formatDateTime } from "@/lib/format";
import type { Tasks } from "@/lib/dashboard/tasks";
import { taskTotal } from "@/lib/dashboard/tasks";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";

const card = "rounded-lg border-2 border-brand-100 p-4";

/** The top of the dashboard: what this person should do next, each with a link to do it. */
export function YourTasks({ tasks, locale }: { tasks: Tasks; locale: Locale }) {
  const t = getT(locale, "everyday");
  return (
    <section aria-labelledby="your-tasks" className="mt-6">
      <h2 id="your-tasks" className="text-xl font-bold">
        {t("tasks.heading", { count: taskTotal(tasks) })}
      </h2>
      {taskTotal(tasks) === 0 && <p className="mt-2">{t("tasks.none")}</p>}
      <ul className="mt-3 space-y-3">
        {tasks.returned.map((task) => (
          <li key={`${task.kind}-${task.id}`} className={`${card} border-amber-500 bg-amber-50`}>
            <p className="font-semibold">{t(task.kind === "article" ? "tasks.returnedArticle" : "tasks.returnedLibrary")}</p>
            <p>
              <a href={task.href} className="text-lg font-semibold text-brand-700 underline" lang="vi">
                {task.title}
              </a>
            </p>
            <p className="mt-1">
              <span className="font-semibold">{t("tasks.comment")}</span> <span lang="vi">{task.comment}</span>
            </p>
          </li>
        ))}
        {tasks.articlesToReview > 0 && (
          <li className={card}>
            <a href="/admin/articles?state=IN_REVIEW" className="font-semibold text-brand-700 underline">
              {t("tasks.articlesToReview", { count: tasks.articlesToReview })}
            </a>
          </li>
        )}
        {tasks.libraryToReview > 0 && (
          <li className={card}>
            <a href="/admin/library?state=IN_REVIEW" className="font-semibold text-brand-700 underline">
              {t("tasks.libraryToReview", { count: tasks.libraryToReview })}
            </a>
          </li>
        )}
        {tasks.assignedQuestions.length > 0 && (
          <li className={card}>
            <p className="font-semibold">{t("tasks.assignedQuestions", { count: tasks.assignedQuestions.length })}</p>
            <ul className="mt-1 list-disc pl-6">
              {tasks.assignedQuestions.map((q) => (
                <li key={q.id}>
                  <a href={`/admin/forum/${q.id}`} className="underline">
                    #{q.number}: <span lang="vi">{q.publicBody.length > 80 ? `${q.publicBody.slice(0, 80)}…` : q.publicBody}</span>
                  </a>
                </li>
              ))}
            </ul>
          </li>
        )}
        {tasks.answeredNotPublic > 0 && (
          <li className={card}>
            <a href="/admin/forum?state=SUBMITTED" className="font-semibold text-brand-700 underline">
              {t("tasks.answeredNotPublic", { count: tasks.answeredNotPublic })}
            </a>
          </li>
        )}
        {tasks.expiringNotices.length > 0 && (
          <li className={card}>
            <p className="font-semibold">{t("tasks.expiringNotices", { count: tasks.expiringNotices.length })}</p>
            <ul className="mt-1 list-disc pl-6">
              {tasks.expiringNotices.map((notice) => (
                <li key={notice.id}>
                  <a href={`/admin/notices/${notice.id}`} className="underline" lang="vi">
                    {notice.headline}
                  </a>{" "}
                  — {t("tasks.expiresAt", { time: formatDateTime(notice.expiresAt, locale) })}
                </li>
              ))}
            </ul>
          </li>
        )}
        {tasks.communesWithoutContact.length > 0 && (
          <li className={card}>
            <a href="/admin/units" className="font-semibold text-brand-700 underline">
              {t("tasks.missingContact", { count: tasks.communesWithoutContact.length })}
            </a>
            <span className="block text-sm">{tasks.communesWithoutContact.map((c) => c.fullName).join(", ")}</span>
          </li>
        )}
      </ul>
    </section>
  );
}
