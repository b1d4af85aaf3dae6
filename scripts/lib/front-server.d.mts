import type { Server } from "node:http";
export const PRIVATE_PAGES: RegExp[];
export const VARY_COOKIES: string[];
export const PURGE_PATH: string;
export function stripFrameworkScripts(html: string): string;
export function requestedStatus(html: string): number | null;
export function validUntil(html: string): number | null;
export function serverErrorPage(locale: string): string;
export function varyingCookies(header: string | undefined): string;
export function createFrontServer(options: {
  upstreamPort: number;
  purgeToken?: string;
  ttlSeconds?: number;
  maxBytes?: number;
  trustProxy?: boolean;
}): Server;
