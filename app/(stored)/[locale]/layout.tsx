import "../../globals.css";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DOCUMENT_VIEWPORT, Document, documentMetadata } from "@/components/layout/document";
import { LOCALES, isLocale } from "@/lib/i18n/config";

export const viewport = DOCUMENT_VIEWPORT;

/** Each language's pages are rendered when first asked for, then stored (see the pages). */
export function generateStaticParams() {
  return LOCALES.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: LayoutProps<"/[locale]">): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? documentMetadata(locale) : {};
}

/**
 * The root of the public pages Next.js renders once and stores until what they show changes
 * (lib/cache/memory-cache-handler.cjs): nothing here may read the request — its language is the
 * address's, and the reader's text size and commune are put in by the front server, which makes
 * each reader's copy from the stored page (scripts/lib/page-variants.mjs).
 */
export default async function StoredRootLayout({ children, params }: LayoutProps<"/[locale]">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return (
    <Document locale={locale} textSize={0}>
      {children}
    </Document>
  );
}
