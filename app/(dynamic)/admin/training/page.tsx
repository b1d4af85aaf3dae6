import type { Metadata } from "next";
import { FilterForm, FilterSelect } from "@/components/ui/filter-form";
import { ListTable } from "@/components/admin/list-table";
import { ActionForm, SelectField, SubmitButton, TextField, HiddenField } from "@/components/ui/action-form";
import { PageHeading, buttonLinkClass } from "@/components/ui/page-heading";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { provinceDay } from "@/lib/forum/working-days";
import { getRequestLocale, getT } from "@/lib/i18n/server";
import { saveTrainingPlanAction } from "@/lib/training/actions";
import { TRAINING_KINDS, dayString } from "@/lib/training/catalog";
import { listTrainingCourses, planVersusDone } from "@/lib/training/queries";
import { ZTrainingFilters } from "@/lib/training/schema";
import { DataTable } from "@/components/ui/data-table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: getT(await getRequestLocale(), "training")("training.title") };
}

/** Training courses of a year (a cadre: their commune's) and the plan versus done per commune. */
export default async function TrainingPage({ searchParams }: PageProps<"/admin/training">) {
  const viewer = await requirePermission("training.view");
  const locale = await getRequestLocale();
  const t = getT(locale, "training");
  const tAdmin = getT(locale, "admin");
  const thisYear = Number(provinceDay(new Date()).slice(0, 4));
  const year = ZTrainingFilters.parse(await searchParams).year ?? thisYear;
  const [courses, plan] = await Promise.all([listTrainingCourses(viewer, year), planVersusDone(viewer, year)]);
  const years = Array.from({ length: 6 }, (_, i) => String(thisYear + 1 - i));
  return (
    <>
      <PageHeading title={t("training.title")} lead={t("training.lead")}>
        {can(viewer, "training.manage") && (
          <a href="/admin/training/new" className={buttonLinkClass}>
            {t("training.new")}
          </a>
        )}
      </PageHeading>
      <FilterForm action="/admin/training" submitLabel={tAdmin("common.filter")} clearLabel={tAdmin("common.clearFilters")}>
        <FilterSelect name="year" label={t("training.year")} value={String(year)} options={years.map((y) => ({ value: y, label: y }))} />
      </FilterForm>
      <ListTable
        status={tAdmin("common.resultCount", { count: courses.length })}
        isEmpty={courses.length === 0}
        emptyLabel={t("training.empty")}
        headings={[
          t("training.courseTitle"),
          t("training.dates"),
          t("training.commune"),
          t("training.sessions"),
          t("training.participants"),
        ]}
      >
        {courses.map((course) => (
          <tr key={course.id} className="border-b border-brand-100 align-top">
            <td className="py-2 pr-3">
              <a href={`/admin/training/${course.id}`} className="font-semibold text-brand-700 underline">
                {course.title}
              </a>
              <span className="block text-sm text-muted">{t(`kinds.${course.kind}`)}</span>
            </td>
            <td className="py-2 pr-3 text-sm">
              {dayString(course.startsOn)} – {dayString(course.endsOn)}
            </td>
            <td className="py-2 pr-3">{course.commune?.fullName ?? t("training.province")}</td>
            <td className="py-2 pr-3">{course._count.sessions}</td>
            <td className="py-2 pr-3">{course._count.participants}</td>
          </tr>
        ))}
      </ListTable>

      <section id="plan" aria-labelledby="plan-title" className="mt-10">
        <h2 id="plan-title" className="text-xl font-bold">
          {t("training.plan", { year })}
        </h2>
        <p className="text-sm text-muted">{t("training.planLead")}</p>
        <DataTable
          className="mt-3"
          small={false}
          headings={[t("training.participantCommune"), ...TRAINING_KINDS.map((kind) => t(`kinds.${kind}`))]}
        >
          {plan.map((row) => (
            <tr key={row.communeId} className="border-b border-brand-100" data-commune={row.communeName}>
              <th scope="row" className="py-2 pr-3 font-semibold">
                {row.communeName}
              </th>
              {TRAINING_KINDS.map((kind) => {
                const cell = row.byKind[kind];
                return (
                  <td key={kind} className="py-2 pr-3" data-kind={kind}>
                    {t("training.planCell", { done: cell.done, target: cell.target ?? t("training.noTarget") })}
                  </td>
                );
              })}
            </tr>
          ))}
        </DataTable>
        {can(viewer, "training.plan") && plan.length > 0 && (
          <ActionForm
            action={saveTrainingPlanAction}
            className="mt-4 grid max-w-xl gap-3 rounded border-2 border-brand-100 p-4"
            label={t("training.setPlan")}
          >
            <h3 className="font-bold">{t("training.setPlan")}</h3>
            <HiddenField name="year" value={String(year)} />
            <SelectField
              name="communeId"
              label={t("training.participantCommune")}
              required
              options={plan.map((row) => ({ value: row.communeId, label: row.communeName }))}
            />
            <SelectField
              name="kind"
              label={t("training.kind")}
              required
              options={TRAINING_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
            />
            <TextField name="target" label={t("training.target")} required />
            <SubmitButton pendingLabel={tAdmin("common.saving")}>{tAdmin("common.save")}</SubmitButton>
          </ActionForm>
        )}
      </section>
    </>
  );
}
