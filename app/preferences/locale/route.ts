import { DEFAULT_LOCALE, LOCALE_COOKIE, isLocale } from "@/lib/i18n/config";
import { savePreference } from "@/lib/http/preference-cookie";

/**
 * The language switcher: saves the reader's choice (used for "/" and for pages without a
 * locale in their address, /login and /admin) and goes to the same page in that language.
 * A link, so it works without JavaScript; choosing a language twice changes nothing more. A link
 * on another site leads to the page without saving anything.
 */
export async function GET(request: Request) {
  const query = new URL(request.url).searchParams;
  const locale = query.get("locale");
  return savePreference(request, query.get("next"), LOCALE_COOKIE, isLocale(locale) ? locale : DEFAULT_LOCALE);
}
