import "./globals.css";
import type { Metadata } from "next";
import { Document, DOCUMENT_VIEWPORT, documentMetadata } from "@/components/layout/document";
import { NotFoundPage } from "@/components/layout/not-found-view";
import { getRequestLocale, getT } from "@/lib/i18n/server";

export const viewport = DOCUMENT_VIEWPORT;

export async function generateMetadata(): Promise<Metadata> {
  const locale = await getRequestLocale();
  return { ...(await documentMetadata(locale)), title: getT(locale, "common")("notFound.title") };
}

/**
 * Addresses no route matches, under no root layout (there are two, app/(dynamic) and
 * app/(stored)): in the language of the address, else the reader's saved one (proxy.ts). The
 * front server also shows this page for a 404 Next.js answers with an empty shell.
 */
export default async function GlobalNotFound() {
  const locale = await getRequestLocale();
  return (
    <Document locale={locale} textSize={0}>
      <NotFoundPage locale={locale} />
    </Document>
  );
}
