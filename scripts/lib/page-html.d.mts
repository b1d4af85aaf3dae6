export function requestedStatus(html: string): number | null;
export function validUntil(html: string): number | null;
export function headIsComplete(html: string, status?: number): boolean;
export function pageKeys(path: string, html: string, status?: number): string[];
export function stripFrameworkScripts(html: string): string;
export function withoutPortalMeta(html: string): string;
