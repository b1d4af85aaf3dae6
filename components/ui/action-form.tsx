/* eslint-disable max-lines -- the form primitives every back-office form uses (form, fields, errors, submit) share one context */
"use client";

import { createContext, useActionState, useContext, useId } from "react";
import { useFormStatus } from "react-dom";
import { useTranslation } from "react-i18next";
import { initialFormState, type FormState } from "@/lib/action-result";
import { translateKey } from "@/lib/i18n/translate-key";
import { StatusMessage } from "@/components/ui/status-message";

const FormStateContext = createContext<FormState>(initialFormState);
/** Each form's own prefix for its fields' ids: two forms on one page with a field of the same
 * name (the forum question page: answer, note, help request) never share an id. */
const FormIdContext = createContext("");

type ActionFormProps = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  children: React.ReactNode;
  className?: string;
  /** Label of the form landmark, when a page has several forms. */
  label?: string;
};

/**
 * A form bound to a server action. Works without JavaScript (the server renders the result);
 * with it, the result arrives without a page load. Shows the outcome in a live region at the
 * top and gives each field its errors and the value the user typed.
 */
export function ActionForm({ action, children, className, label }: ActionFormProps) {
  const [state, formAction] = useActionState(action, initialFormState);
  const formId = useId().replace(/[^a-zA-Z0-9_-]/g, "");
  return (
    <FormIdContext value={formId}>
      <FormStateContext value={state}>
        <form action={formAction} className={className ?? "space-y-4"} aria-label={label} noValidate>
          <FormSummary state={state} />
          {children}
        </form>
      </FormStateContext>
    </FormIdContext>
  );
}

/** The id of a form's field: unique on the page (see FormIdContext). */
export function useFieldId(name: string): string {
  return fieldIdOf(name, useContext(FormIdContext));
}

function fieldIdOf(name: string, formId: string): string {
  return formId ? `field-${name}-${formId}` : `field-${name}`;
}

function FormSummary({ state }: { state: FormState }) {
  const { t } = useTranslation(["errors", "admin", "auth", "documents", "everyday"]);
  const formId = useContext(FormIdContext);
  const fieldMessages = Object.entries(state.fieldErrors ?? {}).filter(([, messages]) => messages?.length);
  return (
    <div aria-live="polite" role="status">
      {state.ok === false && state.formError && (
        <div className="rounded border-l-4 border-accent-600 bg-red-50 px-4 py-3">
          <p className="font-semibold text-accent-700">{translateKey(t, state.formError, state.formErrorParams)}</p>
          {fieldMessages.length > 1 && (
            <ul className="mt-1 list-disc pl-5 text-sm">
              {fieldMessages.map(([field, messages]) => (
                <li key={field}>
                  <a href={`#${fieldIdOf(field, formId)}`} className="underline">
                    {translateKey(t, messages?.[0] ?? "form.invalid")}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {state.ok === true && state.message && (
        <StatusMessage live={false}>{translateKey(t, state.message, state.messageParams)}</StatusMessage>
      )}
    </div>
  );
}

/** The current form's result, for fields and custom pieces inside an ActionForm. */
export function useFormResult(): FormState {
  return useContext(FormStateContext);
}

type FieldProps = {
  name: string;
  label: string;
  hint?: string;
  required?: boolean;
  defaultValue?: string;
};

function useField({ name, hint }: Pick<FieldProps, "name" | "hint">) {
  const state = useFormResult();
  const { t } = useTranslation("errors");
  const uid = useId();
  const id = useFieldId(name);
  const errors = state.fieldErrors?.[name] ?? [];
  const hintId = hint ? `${uid}-hint` : undefined;
  const errorId = errors.length ? `${uid}-error` : undefined;
  return {
    id,
    value: state.values?.[name],
    errors: errors.map((key) => translateKey(t, key)),
    hintId,
    errorId,
    describedBy: [hintId, errorId].filter(Boolean).join(" ") || undefined,
  };
}

function FieldFrame({
  field,
  label,
  hint,
  required,
  children,
}: {
  field: ReturnType<typeof useField>;
  label: string;
  hint?: string;
  required?: boolean;
  children: React.ReactNode;
}) {
  return (
    <div className={field.errors.length ? "border-l-4 border-accent-600 pl-3" : undefined}>
      <label htmlFor={field.id} className="block font-semibold">
        {label}
        {required && <span aria-hidden="true"> *</span>}
      </label>
      {hint && (
        <p id={field.hintId} className="text-sm text-muted">
          {hint}
        </p>
      )}
      {field.errors.length > 0 && (
        <p id={field.errorId} className="font-semibold text-accent-700">
          {field.errors.join(" ")}
        </p>
      )}
      {children}
    </div>
  );
}

const inputClass = "mt-1 block w-full max-w-xl rounded border-2 border-gray-500 bg-white px-3 py-2 aria-invalid:border-accent-600";

export function TextField({
  type = "text",
  autoComplete,
  ...props
}: FieldProps & { type?: "text" | "email" | "password" | "tel" | "url" | "date" | "datetime-local"; autoComplete?: string }) {
  const field = useField(props);
  return (
    <FieldFrame field={field} label={props.label} hint={props.hint} required={props.required}>
      <input
        id={field.id}
        name={props.name}
        type={type}
        autoComplete={autoComplete}
        // Passwords are never sent back; everything else is, so nothing typed is lost.
        defaultValue={type === "password" ? undefined : (field.value ?? props.defaultValue)}
        key={type === "password" ? undefined : (field.value ?? props.defaultValue)}
        required={props.required}
        aria-invalid={field.errors.length ? true : undefined}
        aria-describedby={field.describedBy}
        className={inputClass}
      />
    </FieldFrame>
  );
}

export function TextAreaField({ rows = 4, ...props }: FieldProps & { rows?: number }) {
  const field = useField(props);
  const value = field.value ?? props.defaultValue;
  return (
    <FieldFrame field={field} label={props.label} hint={props.hint} required={props.required}>
      <textarea
        id={field.id}
        name={props.name}
        rows={rows}
        defaultValue={value}
        key={value}
        required={props.required}
        aria-invalid={field.errors.length ? true : undefined}
        aria-describedby={field.describedBy}
        className={inputClass}
      />
    </FieldFrame>
  );
}

export function SelectField({ options, ...props }: FieldProps & { options: { value: string; label: string }[] }) {
  const field = useField(props);
  const value = field.value ?? props.defaultValue ?? "";
  return (
    <FieldFrame field={field} label={props.label} hint={props.hint} required={props.required}>
      <select
        id={field.id}
        name={props.name}
        defaultValue={value}
        key={value}
        required={props.required}
        aria-invalid={field.errors.length ? true : undefined}
        aria-describedby={field.describedBy}
        className={inputClass}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

export function HiddenField({ name, value }: { name: string; value: string }) {
  return <input type="hidden" name={name} value={value} />;
}

export function SubmitButton({
  children,
  pendingLabel,
  variant = "primary",
}: {
  children: React.ReactNode;
  pendingLabel?: string;
  variant?: "primary" | "danger" | "secondary";
}) {
  const { pending } = useFormStatus();
  const colours = {
    primary: "bg-brand-700 text-white hover:bg-brand-800",
    danger: "bg-accent-600 text-white hover:bg-accent-700",
    secondary: "border-2 border-brand-700 text-brand-700 hover:bg-brand-50",
  }[variant];
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className={`min-h-11 cursor-pointer rounded px-5 font-semibold disabled:cursor-wait disabled:opacity-70 ${colours}`}
    >
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  );
}
