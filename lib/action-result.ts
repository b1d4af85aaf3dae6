import type { z } from "zod";

export type ErrorCode = "invalid" | "forbidden" | "conflict" | "notFound" | "credentials" | "locked" | "inactive";

/**
 * What a server action returns to its form. Expected failures are values, not throws: the
 * form shows `formError` in a summary and `fieldErrors` next to each field, and fills the
 * fields again from `values` so nothing the user typed is lost. Messages are keys of the
 * `errors` namespace (or of the form's own namespace for `message`).
 */
export type FormState = {
  /** undefined until the form has been submitted once. */
  ok?: boolean;
  code?: ErrorCode;
  formError?: string;
  formErrorParams?: Record<string, string | number>;
  fieldErrors?: Record<string, string[] | undefined>;
  values?: Record<string, string>;
  message?: string;
  messageParams?: Record<string, string | number>;
};

export const initialFormState: FormState = {};

/** The submitted text fields, minus secrets, to fill the form again. */
export function echoValues(formData: FormData, omit: readonly string[] = []): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$ACTION") && !omit.includes(key)) values[key] = value;
  }
  return values;
}

/** A failed parse as form state: one message key per field, plus a summary. */
export function invalid(error: z.ZodError, values: Record<string, string>): FormState {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const field = issue.path.map(String).join(".") || "form";
    (fieldErrors[field] ??= []).push(issue.message);
  }
  return { ok: false, code: "invalid", formError: "form.invalid", fieldErrors, values };
}

export function failure(
  code: ErrorCode,
  formError: string,
  values?: Record<string, string>,
  params?: Record<string, string | number>,
): FormState {
  return { ok: false, code, formError, formErrorParams: params, values };
}

export function success(message: string, params?: Record<string, string | number>): FormState {
  return { ok: true, message, messageParams: params };
}
