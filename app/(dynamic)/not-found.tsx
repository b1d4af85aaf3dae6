import { NotFoundPage } from "@/components/layout/not-found-view";
import { getRequestLocale } from "@/lib/i18n/server";

/** Addresses that match nothing (including an unknown locale), in the reader's saved language. */
export default async function RootNotFound() {
  return <NotFoundPage locale={await getRequestLocale()} />;
}
