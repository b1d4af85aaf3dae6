"use client";

import "./globals.css";
import { useParams } from "next/navigation";
import { ErrorView } from "@/components/layout/error-view";

/** When even the root layout fails: a document of its own, in the language of the address. */
export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  const params = useParams<{ locale?: string }>();
  return (
    <html lang="vi">
      <body className="font-sans">
        <ErrorView locale={params?.locale} retry={retry} />
      </body>
    </html>
  );
}
