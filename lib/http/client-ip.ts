import { clientAddress, trustedProxies } from "./forwarded.mjs";

/** Read once: the list comes from the environment of the process (TRUSTED_PROXIES). */
let proxies: ReturnType<typeof trustedProxies> | null = null;

/**
 * The client's address, for throttling and the audit trail: the right-most X-Forwarded-For
 * entry that is not a trusted proxy (loopback — the front server — and TRUSTED_PROXIES). The
 * front server writes the header from the socket, appending to a reverse proxy's chain only
 * when that proxy is trusted (TRUST_PROXY=1), so nothing a client writes into the header is
 * believed (lib/http/forwarded.mjs).
 */
export function clientIp(headers: Headers): string | null {
  proxies ??= trustedProxies(process.env.TRUSTED_PROXIES);
  return clientAddress(headers.get("x-forwarded-for"), proxies)?.slice(0, 64) ?? null;
}
