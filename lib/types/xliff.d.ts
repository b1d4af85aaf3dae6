// The `xliff` package (6.4.x) ships no types: the two functions used here (lib/translations/xliff.ts).
declare module "xliff" {
  export type XliffUnit = { source: string; target?: string; note?: string | string[]; additionalAttributes?: Record<string, string> };
  export type XliffJs = { sourceLanguage: string; targetLanguage?: string; resources: Record<string, Record<string, XliffUnit>> };
  export function js2xliff(js: XliffJs, options?: { indent?: string }): Promise<string>;
  export function xliff2js(xml: string): Promise<XliffJs>;
}
