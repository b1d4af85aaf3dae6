export const FORM_LIMIT: number;
export function serverErrorPage(locale: string): string;
export function formFieldsOf(contentType: string, body: Buffer | null): Promise<[string, string][]>;
export function notSentPage(locale: string, action: string, contentType: string, fields: [string, string][]): string;
