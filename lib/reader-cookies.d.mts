export const TEXT_SIZE_COOKIE: "portal_text_size";
export const TEXT_SIZE_MIN: -1;
export const TEXT_SIZE_MAX: 3;
export function parseTextSize(value: string | undefined | null): number;
export const COMMUNE_COOKIE: "portal_commune";
export function parseCommuneSlug(value: string | undefined | null): string | null;
