import { cookies } from "next/headers";
import { savePreference } from "@/lib/http/preference-cookie";
import { TEXT_SIZE_COOKIE, nextTextSize, parseTextSize } from "@/lib/preferences";

/** A− / A / A+ from the header form. */
export async function POST(request: Request) {
  const form = await request.formData();
  const current = parseTextSize((await cookies()).get(TEXT_SIZE_COOKIE)?.value);
  const change = form.get("size");
  const size = nextTextSize(current, typeof change === "string" ? change : null);
  return savePreference(form.get("next"), TEXT_SIZE_COOKIE, String(size));
}
