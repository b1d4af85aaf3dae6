// XLIFF 2.0 exchange of one language's interface strings (the `xliff` package): one <file> per
// namespace, one <unit> per key, the Vietnamese source and the current text (suggestion, else
// the live one) as target. Import is a dry run first: a report per string, then suggestions.
import { js2xliff, xliff2js, type XliffJs } from "xliff";
import { checkString, nfc, type Issue } from "./checks";

export type ExchangeRow = { namespace: string; key: string; source: string; current: string | null };
export type ImportedEntry = { namespace: string; key: string; target: string };
export type ReportLine = ImportedEntry & { outcome: "new" | "same" | "refused" | "unknown"; issues: Issue[] };

/** The XLIFF 2.0 document of a language's strings (source vi). */
export async function exportXliff(locale: string, rows: readonly ExchangeRow[]): Promise<string> {
  const js: XliffJs = { sourceLanguage: "vi", targetLanguage: locale, resources: {} };
  for (const row of rows) {
    (js.resources[row.namespace] ??= {})[row.key] =
      row.current === null ? { source: row.source } : { source: row.source, target: row.current };
  }
  return js2xliff(js);
}

/** The translated units of an XLIFF 2.0 document for `locale`, or the `errors` key of what is wrong with it. */
export async function parseXliff(
  xml: string,
  locale: string,
): Promise<{ ok: true; entries: ImportedEntry[] } | { ok: false; error: string; params?: Record<string, string> }> {
  let js: XliffJs;
  try {
    js = await xliff2js(xml);
  } catch {
    return { ok: false, error: "translations.xliffInvalid" };
  }
  if (!js?.resources || typeof js.resources !== "object") return { ok: false, error: "translations.xliffInvalid" };
  if (js.targetLanguage !== locale)
    return { ok: false, error: "translations.xliffLanguage", params: { found: String(js.targetLanguage ?? "—") } };
  const entries: ImportedEntry[] = [];
  for (const [namespace, units] of Object.entries(js.resources)) {
    for (const [key, unit] of Object.entries(units ?? {})) {
      // Inline markup would come back as objects: only plain text is a translation here.
      if (typeof unit?.target === "string" && unit.target !== "") entries.push({ namespace, key, target: nfc(unit.target) });
    }
  }
  return { ok: true, entries };
}

/** What importing `entries` would do, string by string (nothing is written). */
export function dryRun(locale: string, entries: readonly ImportedEntry[], rows: readonly ExchangeRow[]): ReportLine[] {
  const byKey = new Map(rows.map((row) => [`${row.namespace}:${row.key}`, row]));
  return entries.map((entry) => {
    const row = byKey.get(`${entry.namespace}:${entry.key}`);
    if (!row) return { ...entry, outcome: "unknown", issues: [] };
    if (row.current === entry.target) return { ...entry, outcome: "same", issues: [] };
    const { errors } = checkString({ key: entry.key, source: row.source, text: entry.target, locale });
    return { ...entry, outcome: errors.length ? "refused" : "new", issues: errors };
  });
}
