import type { Metadata } from "next";
import { ImportFileInput, ImportProgress } from "@/components/dataset/import-progress";
import { ActionForm, HiddenField, SubmitButton } from "@/components/ui/action-form";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePermission } from "@/lib/auth/session";
import { commitImportAction, previewImportAction } from "@/lib/dataset/actions";
import { getImport } from "@/lib/dataset/import/queries";
import { MAX_IMPORT_BYTES } from "@/lib/dataset/schema";
import { getRequestLocale, getT } from "@/lib/i18n/server";
import { translateKey } from "@/lib/i18n/translate-key";
import { optionalParam } from "@/lib/http/search-params";

export async function generateMetadata(): Promise<Metadata> {
  return { title: getT(await getRequestLocale(), "dataset")("import.title") };
}

/** Upload → dry-run report (row, column, what is wrong) → confirm: all rows or none. */
export default async function ImportPage({ searchParams }: PageProps<"/admin/data/import">) {
  const viewer = await requirePermission("dataset.import");
  const locale = await getRequestLocale();
  const t = getT(locale, "dataset");
  const tErrors = getT(locale, "errors");
  const id = optionalParam(40).parse((await searchParams).id);
  const found = id ? await getImport({ viewer, id }) : null;
  const progressLabels = {
    label: t("import.progress.label"),
    upload: t("import.progress.upload"),
    read: t("import.progress.read"),
    check: t("import.progress.check", { done: "{{done}}", total: "{{total}}" }),
    write: t("import.progress.write", { total: "{{total}}" }),
    done: t("import.progress.done"),
  };
  const report = found?.report;

  return (
    <>
      <PageHeading title={t("import.title")} lead={t("import.lead")} />
      {viewer.commune && <p className="mt-2 font-semibold">{t("import.leadCommune", { commune: viewer.commune.fullName })}</p>}

      {found && report && (
        <section aria-labelledby="report" className="mt-6 rounded border-2 border-brand-100 p-4">
          <h2 id="report" className="text-xl font-bold">
            {t("import.report")}
          </h2>
          <p className="mt-1">
            {t("import.fileName")}: <strong>{found.fileName}</strong> · {t("import.rowCount", { count: found.rowCount })}
          </p>
          <p role="status" className={`mt-2 font-semibold ${found.status === "REJECTED" ? "text-accent-700" : "text-green-900"}`}>
            {translateKey(t, `import.status${found.status}`)}
          </p>
          {report.fileProblem && (
            <p className="mt-2 font-semibold text-accent-700">
              {translateKey(tErrors, report.fileProblem.message, report.fileProblem.params)}
            </p>
          )}
          {report.outOfScopeRows.length > 0 && (
            <p className="mt-2 font-semibold text-accent-700">{t("import.otherCommunes", { rows: report.outOfScopeRows.join(", ") })}</p>
          )}
          {report.unmatchedGroups.length > 0 && (
            <p className="mt-2">{t("import.unmatched", { groups: report.unmatchedGroups.join(", ") })}</p>
          )}
          {found.status === "PREVIEWED" && report.expected && <p className="mt-2">{t("import.expected", report.expected)}</p>}
          {found.status === "COMMITTED" && found.summary && <p className="mt-2">{t("import.summary", found.summary)}</p>}
          {report.problems.length > 0 && (
            <div className="mt-3 overflow-x-auto">
              <p className="font-semibold">
                {t("import.problems", { count: report.problemCount })}
                {report.problemCount > report.problems.length && ` ${t("import.problemsShown", { shown: report.problems.length })}`}
              </p>
              <table className="mt-1 w-full border-collapse text-left text-sm">
                <thead>
                  <tr className="border-b-2 border-brand-700">
                    <th scope="col" className="py-2 pr-3">
                      {t("import.row")}
                    </th>
                    <th scope="col" className="py-2 pr-3">
                      {t("import.column")}
                    </th>
                    <th scope="col" className="py-2 pr-3">
                      {t("import.valueRead")}
                    </th>
                    <th scope="col" className="py-2 pr-3">
                      {t("import.problem")}
                    </th>
                    <th scope="col" className="py-2 pr-3">
                      {t("import.expectedColumn")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {report.problems.map((problem, index) => (
                    <tr key={index} className="border-b border-brand-100">
                      <td className="py-1.5 pr-3 tabular-nums">{problem.row}</td>
                      <td className="py-1.5 pr-3 font-mono">{problem.column ?? "—"}</td>
                      <td className="py-1.5 pr-3 font-mono whitespace-pre">
                        {problem.value === undefined ? "—" : problem.value === "" ? "∅" : `“${problem.value}”`}
                      </td>
                      <td className="py-1.5 pr-3">{translateKey(tErrors, problem.message, problem.params)}</td>
                      <td className="py-1.5 pr-3">{problem.expected ? translateKey(t, problem.expected) : "—"}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {report.matched && found.status !== "REJECTED" && (
            <section aria-labelledby="matched" className="mt-4">
              <h3 id="matched" className="font-semibold">
                {t("import.matchedTitle")}
              </h3>
              <div className="mt-1 grid gap-4 sm:grid-cols-2">
                {(["communes", "villages", "groups", "indicators"] as const).map(
                  (kind) =>
                    report.matched![kind].length > 0 && (
                      <table key={kind} className="w-full border-collapse text-left text-sm">
                        <caption className="text-left font-semibold">
                          {translateKey(t, `import.matched${kind[0]!.toUpperCase()}${kind.slice(1)}`)}
                        </caption>
                        <thead>
                          <tr className="border-b-2 border-brand-700">
                            <th scope="col" className="py-1 pr-3">
                              {t("import.code")}
                            </th>
                            <th scope="col" className="py-1 pr-3">
                              {t("import.name")}
                            </th>
                          </tr>
                        </thead>
                        <tbody>
                          {report.matched![kind].map(([code, name]) => (
                            <tr key={code} className="border-b border-brand-100">
                              <td className="py-1 pr-3 font-mono">{code}</td>
                              <td className="py-1 pr-3">{name}</td>
                            </tr>
                          ))}
                        </tbody>
                      </table>
                    ),
                )}
              </div>
            </section>
          )}
          {found.status === "PREVIEWED" && found.actorId === viewer.id && (
            <ActionForm action={commitImportAction} label={t("import.commit")} className="mt-4 space-y-3">
              <HiddenField name="id" value={found.id} />
              <ImportProgress labels={progressLabels} />
              <SubmitButton pendingLabel={t("import.committing")}>{t("import.commit")}</SubmitButton>
            </ActionForm>
          )}
        </section>
      )}

      <section aria-labelledby="upload" className="mt-6">
        <h2 id="upload" className="text-xl font-bold">
          {found ? t("import.again") : t("import.check")}
        </h2>
        <p className="mt-2 text-sm">{t("import.columns")}</p>
        <p className="mt-2 text-sm">{t("import.numberRule")}</p>
        <p className="mt-2 flex flex-wrap gap-4 text-sm">
          <span className="font-semibold">{t("import.template")}:</span>
          <a href="/admin/data/template.csv" className="text-brand-700 underline">
            {t("import.templateCsv")}
          </a>
          <a href="/admin/data/template.xlsx" className="text-brand-700 underline">
            {t("import.templateXlsx")}
          </a>
        </p>
        <ActionForm action={previewImportAction} label={t("import.check")} className="mt-3 space-y-3">
          <ImportFileInput label={t("import.file")} tooLarge={t("import.tooLarge")} maxBytes={MAX_IMPORT_BYTES} />
          <ImportProgress labels={progressLabels} />
          <SubmitButton pendingLabel={t("import.checking")}>{t("import.check")}</SubmitButton>
        </ActionForm>
      </section>
    </>
  );
}
