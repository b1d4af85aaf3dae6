export const CHANNEL: string;
export function encodeInvalidation(change: { origin: string; tags: string[] }): string;
export function decodeInvalidation(payload: string): { origin: string; tags: string[]; all: boolean } | null;
export function listenForInvalidations(options: {
  url: string;
  origin: string;
  name: string;
  onChange: (change: { tags: string[]; all: boolean }) => void;
  onResync: () => void;
  onState?: (connected: boolean) => void;
}): { readonly connected: boolean; close(): Promise<void> };
