export const CHANNEL: string;
export function encodeInvalidation(change: { origin: string; tags: string[]; pages?: string[] }): string;
export function decodeInvalidation(payload: string): { origin: string; tags: string[]; pages: string[] | null; all: boolean } | null;
export function listenForInvalidations(options: {
  url: string;
  origin: string;
  name: string;
  onChange: (change: { tags: string[]; pages: string[] | null; all: boolean }) => void;
  onResync: () => void;
  onState?: (connected: boolean) => void;
}): { readonly connected: boolean; close(): Promise<void> };
export const EVERY_PAGE_TAG: string;
export function pageTag(key: string): string;
