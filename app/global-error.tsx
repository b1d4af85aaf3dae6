"use client";

import "./globals.css";
import { ErrorView } from "@/components/layout/error-view";

/** When even the root layout fails: a document of its own. */
export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="vi">
      <body className="font-sans">
        <ErrorView retry={retry} />
      </body>
    </html>
  );
}
