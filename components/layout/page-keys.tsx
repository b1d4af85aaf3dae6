/**
 * Names what a public page shows, as the front server's page keys (scripts/lib/page-html.mjs,
 * pageKeys): a change purges only the stored pages carrying one of the keys it names
 * (lib/<domain>/page-keys.ts). Rendered anywhere in the page; the front server reads every one.
 */
export function PageKeys({ keys }: { keys: readonly string[] }) {
  return keys.length ? <meta name="portal-keys" content={keys.join(" ")} /> : null;
}
