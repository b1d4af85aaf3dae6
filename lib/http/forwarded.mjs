// Which address a request came from, when proxies stand in front of the portal. Shared by the
// front server (scripts/lib/front-server.mjs, which builds X-Forwarded-For) and the portal
// (lib/http/client-ip.ts, which reads it for throttling and the audit log).
//
// X-Forwarded-For is a list each proxy appends to: "client, proxy1, proxy2". Only the entries
// appended by proxies we run can be believed; everything to their left was sent by the client
// and may be anything. So the client is the right-most address that is not one of our proxies.
import net from "node:net";

/** Loopback is always trusted: the front server itself talks to Next.js over it. */
const ALWAYS_TRUSTED = ["127.0.0.0/8", "::1/128"];

/**
 * `::ffff:1.2.3.4` (an IPv4 client on a dual-stack socket) as `1.2.3.4`; other text as is.
 * @param {string} address
 */
export function normaliseAddress(address) {
  const trimmed = address.trim();
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(trimmed);
  return mapped ? mapped[1] : trimmed;
}

/**
 * The trusted proxies: loopback plus a comma-separated list of addresses and CIDR ranges
 * (`TRUSTED_PROXIES="10.0.0.5, 10.1.0.0/16, fd00::/8"`). Entries that are not addresses are
 * reported, not silently ignored.
 * @param {string | undefined} list
 * @returns {net.BlockList}
 */
export function trustedProxies(list) {
  const blocks = new net.BlockList();
  for (const raw of [...ALWAYS_TRUSTED, ...(list ?? "").split(",")]) {
    const entry = raw.trim();
    if (!entry) continue;
    const [address = "", prefix] = entry.split("/");
    const family = net.isIP(address);
    if (!family) throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range`);
    const type = family === 4 ? "ipv4" : "ipv6";
    if (prefix === undefined) blocks.addAddress(address, type);
    else blocks.addSubnet(address, Number(prefix), type);
  }
  return blocks;
}

/**
 * @param {string} address
 * @param {net.BlockList} proxies
 */
export function isTrustedProxy(address, proxies) {
  const normalised = normaliseAddress(address);
  const family = net.isIP(normalised);
  return family !== 0 && proxies.check(normalised, family === 4 ? "ipv4" : "ipv6");
}

/**
 * The client's address from an X-Forwarded-For chain whose right-most entry was written by the
 * first proxy we run (the front server): walking from the right, the first address that is not
 * a trusted proxy. When every entry is a proxy (a request from the machine itself), the left-most.
 * An entry that is not an address stops the walk: the hop that wrote it is the last one known.
 * @param {string | null | undefined} header
 * @param {net.BlockList} proxies
 * @returns {string | null}
 */
export function clientAddress(header, proxies) {
  const chain = (header ?? "").split(",").map(normaliseAddress).filter(Boolean);
  let last = null;
  for (let index = chain.length - 1; index >= 0; index--) {
    const address = chain[index];
    if (!net.isIP(address)) return last;
    if (!isTrustedProxy(address, proxies)) return address;
    last = address;
  }
  return last;
}
