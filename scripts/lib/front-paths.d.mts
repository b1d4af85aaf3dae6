export function canonicalPath(rawPath: string): string | null;
export function classifyPath(path: string): "public" | "private" | "other";
export function parsePublicUrl(publicUrl: string): { origin: string; proto: string; host: string; port: string };
