import { afterEach, describe, expect, it, vi } from "vitest";
import { clientIp } from "@/lib/http/client-ip";
import { clientAddress, trustedProxies } from "@/lib/http/forwarded.mjs";

// X-Forwarded-For as a client can write it: everything left of what our own proxies appended
// is the client's to choose, so it must never decide the address that is throttled.
describe("clientAddress: the right-most address that is not a trusted proxy", () => {
  const proxies = trustedProxies("10.0.0.9, 192.168.50.0/24, fd00::/8");
  it.each([
    ["203.0.113.5", "203.0.113.5"],
    // the front server appended the socket (loopback: an nginx on the same machine)
    ["203.0.113.5, 127.0.0.1", "203.0.113.5"],
    // a client forged entries in front of the real one
    ["1.1.1.1, 203.0.113.5, 127.0.0.1", "203.0.113.5"],
    ["1.1.1.1, 2.2.2.2, 203.0.113.5, 10.0.0.9, 127.0.0.1", "203.0.113.5"],
    ["unknown, 203.0.113.5, 192.168.50.7, 127.0.0.1", "203.0.113.5"],
    ["2001:db8::1, fd00::2, ::1", "2001:db8::1"],
    ["::ffff:203.0.113.5", "203.0.113.5"],
    // a request from the machine itself: every hop is ours
    ["127.0.0.1", "127.0.0.1"],
    ["10.0.0.9, 127.0.0.1", "10.0.0.9"],
    // garbage written by an untrusted hop stops the walk at the last hop known
    ["<script>, 127.0.0.1", "127.0.0.1"],
    ["", null],
  ])("%s → %s", (header, expected) => {
    expect(clientAddress(header, proxies)).toBe(expected);
  });

  it("refuses a TRUSTED_PROXIES entry that is not an address", () => {
    expect(() => trustedProxies("10.0.0.1, nginx")).toThrow(/TRUSTED_PROXIES/);
  });
});

describe("clientIp", () => {
  afterEach(() => vi.unstubAllEnvs());
  it("does not believe the left-most X-Forwarded-For entry", () => {
    const headers = new Headers({ "x-forwarded-for": "1.1.1.1, 203.0.113.5, 127.0.0.1" });
    expect(clientIp(headers)).toBe("203.0.113.5");
  });
});
