import "server-only";
import { refresh } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { echoValues, failure, invalid, success, type FormState } from "@/lib/action-result";
import type { MutationContext } from "@/lib/audit/record";
import { can, type Action, type Resource } from "@/lib/auth/permissions";
import { getViewer, type Viewer } from "@/lib/auth/session";
import { invalidate, invalidateSome } from "@/lib/cache/invalidate";
import { AppError } from "@/lib/errors";
import { clientIp } from "@/lib/http/client-ip";
import { formFields } from "@/lib/http/form-fields";

/*
 * The one way to declare a back-office server action. An `actions.ts` ("use server") says what
 * differs and nothing else:
 *
 *   export const publishArticleAction = defineAction({
 *     permission: "articles.publish",
 *     schema: ZPublishArticle,
 *     run: (input, ctx) => publishArticle(input, ctx),
 *     invalidate: { tags: [ARTICLES_TAG], pages: (input) => articlePageKeys(input.id) },
 *     done: "admin:articles.published",
 *     redirect: (_article, input) => `/admin/articles/${input.id}?done=published`,
 *   });
 *
 * Why one declaration instead of a hand-written function per action: the steps below were
 * retyped in about a hundred actions, and each copy was a place to forget one (a purge, the
 * redirect after the refresh, a check before the parse). The declaration is fully typed from
 * `schema` (the input of `resource`, `run`, `done`, …) and from what `run` returns (the result
 * given to `invalidate`, `done` and `redirect`), so no cast is needed anywhere.
 *
 * The pipeline, in this order:
 * 1. `permission`: who may at all, checked on the server before anything is read.
 * 2. The form parsed once (lib/http/form-fields.ts: a scalar field sent twice is a bad request,
 *    nothing may decide on one value and write another; `lists` are checkbox groups), then
 *    `schema`.
 * 3. `permissionFor` (when what is asked decides which permission applies) and `resource` (the
 *    commune the thing asked about belongs to), both from that parsed input; `allowed` for a
 *    check on the asker beyond the table (a translator's languages).
 * 4. `run`: the mutation, with the mutation context `{ actor, ip }` (lib/audit/record.ts). The
 *    mutation checks the scope again on the rows it loads and writes its audit row in its own
 *    transaction.
 * 5. `done`: the form state, a success message key or a function of the result (which may
 *    still say no: a state with `ok: false`).
 * 6. On success only: `invalidate` (the domain's cache tags and, when known, the stored pages
 *    that show the change), `refresh()` of the page around the form, then `redirect` if given.
 *
 * Expected failures (refusals, invalid input, an AppError thrown by the mutation) come back as
 * form state with the user's input, minus `secret` fields; anything else is a bug and goes to
 * the error page. A redirect thrown by `run` passes through.
 */

/** What `run` gets: the mutation context, its actor the whole signed-in viewer. */
export type ActionContext = MutationContext & { actor: Viewer };

type Awaitable<T> = T | Promise<T>;

/**
 * What a change makes stale, purged after it succeeded. Without `pages` or `pagesBefore`, every
 * stored public page goes (`invalidate`); with them, only the pages carrying those keys
 * (`invalidateSome`, the keys from the domain's page-keys.ts).
 */
export type Invalidation<I, R> = {
  /** The domain's cache tags (its tags.ts); from the input when what changed decides (a translated article or notice). */
  tags: readonly string[] | ((input: I) => readonly string[]);
  /** The stored pages showing the change, read after it. */
  pages?: (input: I, result: R) => Awaitable<string[]>;
  /** Read before the change: what it removes or moves away (a deleted photo, a question moved to another commune). */
  pagesBefore?: (input: I) => Promise<string[]>;
  /** When only some results change anything cached (nothing saved, a draft's figures). */
  when?: (result: R) => boolean;
};

export type ActionDefinition<S extends z.ZodType, R, State extends FormState> = {
  /** Who may: checked before anything else, on the server, whatever the page showed. */
  permission: Action;
  schema: S;
  /** Checkbox groups: sent once per ticked box, joined with commas for the schema. */
  lists?: readonly string[];
  /** Fields never echoed back to the form (passwords, a file's text). */
  secret?: readonly string[];
  /**
   * When what is asked decides which permission applies (a commune needs `units.manage`, a
   * village `villages.manage`): checked as `permission` is, then with `resource`.
   */
  permissionFor?: (input: z.output<S>) => Awaitable<Action>;
  /** When the action is about one commune's thing: the resource to check the permission against. */
  resource?: (input: z.output<S>) => Awaitable<Resource>;
  /** A check on the asker beyond the permission table (a translator's languages); false: forbidden. */
  allowed?: (actor: Viewer, input: z.output<S>) => boolean;
  /** The mutation. */
  run: (input: z.output<S>, ctx: ActionContext) => Promise<R>;
  invalidate?: Invalidation<z.output<S>, R>;
  /** The form state: a success message key, or built from the result (a refusal: `ok: false`). */
  done: string | ((result: R, input: z.output<S>) => State);
  /** Where to go after success (a step that changes which forms the page shows; a new record's editor). */
  redirect?: (result: R, input: z.output<S>) => Awaitable<string | null | undefined>;
};

/** The action a form calls (`useActionState`): the previous state is not used. */
export type FormAction<State extends FormState = FormState> = (state: FormState, formData: FormData) => Promise<State | FormState>;

/** Declares a back-office server action (see the opening comment). */
export function defineAction<S extends z.ZodType, R, State extends FormState = FormState>(
  definition: ActionDefinition<S, R, State>,
): FormAction<State> {
  return async (_state, formData) => {
    const values = echoValues(formData, definition.secret);
    const viewer = await getViewer();
    if (!viewer || !can(viewer, definition.permission)) return failure("forbidden", "form.forbidden", values);

    const fields = formFields(formData, definition.lists);
    if (!fields.ok) return failure("invalid", "form.badRequest", values);
    const parsed = definition.schema.safeParse(fields.fields);
    if (!parsed.success) return invalid(parsed.error, values);
    const input = parsed.data;

    const permission = definition.permissionFor ? await definition.permissionFor(input) : definition.permission;
    if (!can(viewer, permission)) return failure("forbidden", "form.forbidden", values);
    if (definition.resource && !can(viewer, permission, await definition.resource(input))) {
      return failure("forbidden", "form.forbidden", values);
    }
    if (definition.allowed && !definition.allowed(viewer, input)) return failure("forbidden", "form.forbidden", values);

    let state: State | FormState;
    let goTo: string | null | undefined;
    try {
      const stale = definition.invalidate;
      const before = stale?.pagesBefore ? await stale.pagesBefore(input) : [];
      const result = await definition.run(input, { actor: viewer, ip: clientIp(await headers()) });
      state = typeof definition.done === "string" ? success(definition.done) : definition.done(result, input);
      if (state.ok === false) return { ...state, values: state.values ?? values };
      if (stale && (stale.when?.(result) ?? true)) {
        const tags = typeof stale.tags === "function" ? stale.tags(input) : stale.tags;
        if (stale.pages || stale.pagesBefore) {
          const after = stale.pages ? await stale.pages(input, result) : [];
          await invalidateSome([...tags], [...new Set([...before, ...after])]);
        } else {
          await invalidate(...tags);
        }
      }
      goTo = definition.redirect ? await definition.redirect(result, input) : null;
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
    refresh(); // the page around the form shows the data as it now is
    if (goTo) redirect(goTo);
    return state;
  };
}
