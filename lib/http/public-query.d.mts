export function queryNamesOf(rest: string): readonly string[];
export const PUBLIC_QUERY_PATHS: readonly string[];
export function readPublicQuery(
  rest: string,
  params: URLSearchParams | Record<string, string | string[] | undefined>,
): Record<string, string>;
export function publicQuery(pathname: string, search: string): string;
