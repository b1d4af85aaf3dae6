import { db } from "@/lib/db";
import { badPreferenceRequest, preferenceForm, savePreference } from "@/lib/http/preference-cookie";
import { COMMUNE_COOKIE, parseCommuneSlug } from "@/lib/preferences";

/**
 * The reader's commune, from the plain form in the notice banner and on /{locale}/notices: saved
 * in a cookie (the front server keeps one copy of each page per chosen commune) and the reader
 * goes back where they were. An unknown commune (or none) clears the choice.
 */
export async function POST(request: Request) {
  const form = await preferenceForm(request);
  if (!form) return badPreferenceRequest();
  const wanted = parseCommuneSlug(String(form.commune ?? ""));
  const commune = wanted ? await db.adminUnit.findFirst({ where: { slug: wanted, level: "COMMUNE" }, select: { slug: true } }) : null;
  return savePreference(request, form.next, COMMUNE_COOKIE, commune?.slug ?? "");
}
