import "../globals.css";
import type { Metadata } from "next";
import { cookies } from "next/headers";
import { DOCUMENT_VIEWPORT, Document, documentMetadata } from "@/components/layout/document";
import { getCanonicalPath, getRequestLocale } from "@/lib/i18n/server";
import { TEXT_SIZE_COOKIE, parseTextSize } from "@/lib/preferences";

export const viewport = DOCUMENT_VIEWPORT;

export async function generateMetadata(): Promise<Metadata> {
  return {
    ...(await documentMetadata(await getRequestLocale())),
    // Every page names its canonical address (a page with its own `alternates` names it there).
    alternates: { canonical: await getCanonicalPath() },
  };
}

/**
 * The root of every page rendered for each request (the back office, sign-in, and the public
 * pages that are not stored renders, app/(stored)): its language from the request (proxy.ts),
 * the reader's text size from their cookie.
 */
export default async function DynamicRootLayout({ children }: { children: React.ReactNode }) {
  const textSize = parseTextSize((await cookies()).get(TEXT_SIZE_COOKIE)?.value);
  return (
    <Document locale={await getRequestLocale()} textSize={textSize}>
      {children}
    </Document>
  );
}
