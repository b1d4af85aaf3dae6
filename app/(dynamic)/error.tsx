"use client";

import { ErrorView } from "@/components/layout/error-view";

/** When a page fails to render (a bug): what happened, a retry and a way home. */
export default function PageError({ retry }: { error: unknown; retry: () => void }) {
  return <ErrorView retry={retry} />;
}
