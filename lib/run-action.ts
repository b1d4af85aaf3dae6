import "server-only";
import { refresh } from "next/cache";
import { headers } from "next/headers";
import type { z } from "zod";
import { echoValues, failure, invalid, type FormState } from "@/lib/action-result";
import { can, type Action, type Resource } from "@/lib/auth/permissions";
import { getViewer, type Viewer } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { clientIp } from "@/lib/http/client-ip";
import { formFields } from "@/lib/http/form-fields";

export type ActionContext = { viewer: Viewer; ip: string | null };

type Options<S extends z.ZodType> = {
  formData: FormData;
  /** Who may: checked before anything else, on the server, whatever the page showed. */
  permission: Action;
  /**
   * When what is asked decides which permission applies (a commune needs `units.manage`, a
   * village `villages.manage`): from the parsed input, checked as `permission` is, then with
   * `resource`. `permission` is still checked first.
   */
  permissionFor?: (input: z.output<S>) => Action | Promise<Action>;
  schema: S;
  /** Checkbox groups: sent once per ticked box, joined with commas for the schema. */
  lists?: readonly string[];
  /** When the action is about one commune's thing: the resource to check the permission against. */
  resource?: (input: z.output<S>) => Resource | Promise<Resource>;
  /** Fields never echoed back to the form (passwords). */
  secret?: readonly string[];
  run: (input: z.output<S>, ctx: ActionContext) => Promise<FormState>;
};

/**
 * The one pipeline of every back-office server action: permission → parse once → the
 * permission for what was asked and its resource, both from that parsed input → the mutation
 * (which checks the scope again on the rows it loads, and writes its audit row, in its own
 * transaction) → a form state. A repeated scalar field is a bad request (lib/http/form-fields.ts):
 * nothing may decide on one value and write another. Expected failures come back as form state
 * with the user's input; anything else is a bug and goes to the error page. A redirect from
 * `run` passes through.
 */
export async function runAction<S extends z.ZodType>(options: Options<S>): Promise<FormState> {
  const values = echoValues(options.formData, options.secret);
  const viewer = await getViewer();
  if (!viewer || !can(viewer, options.permission)) return failure("forbidden", "form.forbidden", values);

  const fields = formFields(options.formData, options.lists);
  if (!fields.ok) return failure("invalid", "form.badRequest", values);
  const parsed = options.schema.safeParse(fields.fields);
  if (!parsed.success) return invalid(parsed.error, values);

  const permission = options.permissionFor ? await options.permissionFor(parsed.data) : options.permission;
  if (!can(viewer, permission)) return failure("forbidden", "form.forbidden", values);
  if (options.resource && !can(viewer, permission, await options.resource(parsed.data))) {
    return failure("forbidden", "form.forbidden", values);
  }
  try {
    const state = await options.run(parsed.data, { viewer, ip: clientIp(await headers()) });
    if (state.ok === false) return { ...state, values: state.values ?? values };
    refresh(); // the page around the form shows the data as it now is
    return state;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return {
      ok: false,
      code: error.code,
      formError: error.field ? "form.invalid" : error.userMessage,
      fieldErrors: error.field ? { [error.field]: [error.userMessage] } : undefined,
      values,
    };
  }
}
