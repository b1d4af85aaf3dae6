export function contentSecurityPolicy(nonce: string | null, development: boolean): string;
export const SECURITY_HEADERS: ReadonlyArray<{ key: string; value: string }>;
