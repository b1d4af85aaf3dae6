import { DEFAULT_LOCALE, LOCALE_COOKIE, isLocale } from "@/lib/i18n/config";
import { savePreference } from "@/lib/http/preference-cookie";

/** The language switcher on pages without a locale in their address (/login, /admin). */
export async function POST(request: Request) {
  const form = await request.formData();
  const locale = form.get("locale");
  return savePreference(request, form.get("next"), LOCALE_COOKIE, isLocale(locale) ? locale : DEFAULT_LOCALE);
}
