import { cookies } from "next/headers";
import { badPreferenceRequest, preferenceForm, savePreference } from "@/lib/http/preference-cookie";
import { TEXT_SIZE_COOKIE, nextTextSize, parseTextSize } from "@/lib/preferences";

/** A− / A / A+ from the header form. */
export async function POST(request: Request) {
  const form = await preferenceForm(request);
  if (!form) return badPreferenceRequest();
  const current = parseTextSize((await cookies()).get(TEXT_SIZE_COOKIE)?.value);
  const change = form.size;
  const size = nextTextSize(current, typeof change === "string" ? change : null);
  return savePreference(request, form.next, TEXT_SIZE_COOKIE, String(size));
}
