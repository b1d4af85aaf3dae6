import { NotFoundView } from "@/components/layout/not-found-view";
import { getRequestLocale } from "@/lib/i18n/server";

export default async function LocaleNotFound() {
  return <NotFoundView locale={await getRequestLocale()} />;
}
