/**
 * The one way a submitted form becomes input: every field once. A scalar field sent twice is
 * refused (a bad request), never resolved by picking the first or the last value — one check
 * reading `formData.get` (the first) while the write used `Object.fromEntries` (the last) is how
 * a cadre renamed another commune. Fields that are really lists (checkbox groups) are named by
 * the caller and come back joined with commas, which their schemas split.
 */
export type FormFields = { ok: true; fields: Record<string, FormDataEntryValue> } | { ok: false; repeated: string };

/** Next.js's own fields on a server action post (`$ACTION_ID_…`, `$ACTION_REF_1`, …). */
const FRAMEWORK_FIELD = /^\$ACTION/;

export function formFields(formData: FormData | URLSearchParams, lists: readonly string[] = []): FormFields {
  const fields: Record<string, FormDataEntryValue> = {};
  const listed: Record<string, string[]> = {};
  for (const [key, value] of formData.entries()) {
    if (FRAMEWORK_FIELD.test(key)) continue;
    if (lists.includes(key)) {
      if (typeof value === "string") (listed[key] ??= []).push(value);
      continue;
    }
    if (Object.hasOwn(fields, key)) return { ok: false, repeated: key };
    fields[key] = value;
  }
  for (const key of lists) {
    // A group with nothing ticked sends nothing; its "<key>Present" marker says it was on the form.
    if (listed[key] || formData.has(`${key}Present`)) fields[key] = (listed[key] ?? []).join(",");
  }
  return { ok: true, fields };
}
