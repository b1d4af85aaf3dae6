/**
 * Translates a key known only at run time ("errors:email.invalid" from a server action,
 * "dashboard.counts.<key>"), which the typed `t` does not accept.
 */
export function translateKey<T>(t: T, key: string, params?: Record<string, unknown>): string {
  return (t as unknown as (key: string, params?: Record<string, unknown>) => string)(key, params);
}
