import type { BlockList } from "node:net";
export function normaliseAddress(address: string): string;
export function trustedProxies(list: string | undefined): BlockList;
export function isTrustedProxy(address: string, proxies: BlockList): boolean;
export function clientAddress(header: string | null | undefined, proxies: BlockList): string | null;
