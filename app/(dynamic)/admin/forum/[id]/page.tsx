import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EditorFrame } from "@/components/admin/editor-frame";
import { FORUM_SECTION, ForumAnswer, ForumAssign, ForumModeration, ForumNotes, detailT } from "@/components/forum/editor-sections";
import { OverdueBadge } from "@/components/forum/overdue-badge";
import { requirePermission } from "@/lib/auth/session";
import { editorQuery } from "@/lib/editor-query";
import { formatDateTime } from "@/lib/format";
import { getQuestionForStaff, listAssignees } from "@/lib/forum/admin-queries";
import { FORUM_DONE, forumEditorDecisions } from "@/lib/forum/editor";
import { signaturesFor } from "@/lib/forum/signatures";
import { displayState } from "@/lib/forum/states";
import { getRequestLocale, getT } from "@/lib/i18n/server";
import { localePath } from "@/lib/navigation";
import { listCommunes } from "@/lib/units/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: getT(await getRequestLocale(), "forum")("admin.title") };
}

/** One question in the back office: original text, moderation, assignment, notes, the answer. */
export default async function AdminForumQuestionPage({ params, searchParams }: PageProps<"/admin/forum/[id]">) {
  const viewer = await requirePermission("forum.answer");
  const { id } = await params;
  const query = editorQuery(await searchParams, FORUM_DONE);
  const locale = await getRequestLocale();
  const t = getT(locale, "forum");
  const q = await getQuestionForStaff({ viewer, id });
  if (!q) notFound();
  const decide = forumEditorDecisions(q, viewer);
  const [communes, assignees, signatures] = await Promise.all([
    listCommunes(),
    decide.moderator ? listAssignees() : [],
    signaturesFor(viewer),
  ]);
  const d = detailT(locale);

  const state = (
    <>
      <p className="font-semibold">
        {d("state", { state: t(`states.${displayState(q)}`) })} <OverdueBadge overdue={q.overdue} locale={locale} />
      </p>
      <p>
        {d("sent", { time: formatDateTime(q.createdAt, locale) })} · {d("commune", { commune: q.commune.fullName })} ·{" "}
        {d("topic", { topic: t(`topics.${q.topic}`) })}
      </p>
      <p>
        {q.askerName ? (
          <>
            {d("asker", { name: q.askerName })} {q.showName ? d("nameShown") : d("nameHidden")}
          </>
        ) : (
          d("askerUnknown")
        )}
      </p>
      {q.askerPhone && <p>{d("phone", { phone: q.askerPhone })}</p>}
      {q.submittedBy && <p>{d("onBehalf", { name: q.submittedBy.name, note: q.onBehalfNote ?? "" })}</p>}
      {q.assignedCommune && <p>{d("assignedCommune", { commune: q.assignedCommune.fullName })}</p>}
      {q.assignee && <p>{d("assignedTo", { name: q.assignee.name })}</p>}
      {q.helpRequestedAt && (
        <p className="font-semibold text-accent-700">{d("helpRequested", { time: formatDateTime(q.helpRequestedAt, locale) })}</p>
      )}
      {q.rejectionReason && <p>{d("rejectionReason", { reason: q.rejectionReason })}</p>}
      {q.mergedInto && (
        <p>
          <a href={`/admin/forum/${q.mergedInto.id}`} className="underline">
            {d("mergedInto", { number: q.mergedInto.number })}
          </a>
        </p>
      )}
      {q.duplicates.length > 0 && <p>{d("duplicates", { numbers: q.duplicates.map((dup) => dup.number).join(", ") })}</p>}
      {decide.publicLink && (
        <p>
          <a href={localePath("vi", `forum/${q.number}`)} className="underline">
            {d("publicPage")}
          </a>
        </p>
      )}
      {decide.history && (
        <p>
          <a href={`/admin/audit?entityType=ForumQuestion&entityId=${q.id}`} className="underline">
            {d("history")}
          </a>
        </p>
      )}
    </>
  );

  return (
    <EditorFrame
      back={{ href: "/admin/forum", label: d("back") }}
      title={d("title", { number: q.number })}
      messages={[query.done && t(`admin.done.${query.done}`)]}
      state={state}
      stateClassName="mt-3 space-y-1"
    >
      <section aria-labelledby="original" className={FORUM_SECTION}>
        <h2 id="original" className="text-xl font-bold">
          {d("original")}
        </h2>
        <pre lang={q.locale} className="mt-2 whitespace-pre-wrap rounded bg-brand-50 p-3 font-sans">
          {q.body}
        </pre>
        {q.body !== q.publicBody && <p className="mt-2 rounded bg-amber-50 px-3 py-2 text-sm">{d("maskedWarning")}</p>}
      </section>
      {decide.moderation && <ForumModeration q={q} decide={decide} locale={locale} />}
      {decide.assign && <ForumAssign q={q} communes={communes} assignees={assignees} locale={locale} />}
      <ForumAnswer q={q} decide={decide} signatures={signatures} locale={locale} />
      <ForumNotes q={q} decide={decide} locale={locale} />
    </EditorFrame>
  );
}
