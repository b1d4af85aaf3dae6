import { NextResponse } from "next/server";
import { isProductionDeployment } from "@/lib/env";
import { formFields } from "./form-fields";
import { sameOrigin } from "./same-origin";
import { safeNextPath } from "./safe-path";

const ONE_YEAR = 60 * 60 * 24 * 365;

/**
 * Saves one reader preference and sends the reader back where they were (303, so the browser
 * follows with GET). Used by the plain forms in the header, which work without JavaScript.
 * A request sent by another site's page changes nothing (it could otherwise, say, move a
 * reader to another commune so that their alerts drop out of the banner): the reader is sent
 * to the page, their preference untouched.
 */
export function savePreference(request: Request, next: FormDataEntryValue | null | undefined, name: string, value: string) {
  const target = safeNextPath(typeof next === "string" ? next : null, "/");
  // A relative Location: the portal may sit behind the front server or a reverse proxy, and the
  // address Next.js sees is not the one the reader used.
  const response = new NextResponse(null, { status: 303, headers: { location: target, "cache-control": "no-store" } });
  if (!sameOrigin(request)) return response;
  response.cookies.set(name, value, {
    path: "/",
    maxAge: ONE_YEAR,
    sameSite: "lax",
    httpOnly: true,
    secure: isProductionDeployment(),
  });
  return response;
}

/**
 * The fields of a preference form, each once; null for a malformed or repeated one (answered
 * 400 by the caller). A body that is not a form at all is malformed too, not a server error.
 */
export async function preferenceForm(request: Request): Promise<Record<string, FormDataEntryValue> | null> {
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return null;
  }
  const parsed = formFields(form);
  return parsed.ok ? parsed.fields : null;
}

/** A malformed preference request: plain words in both interface languages. */
export function badPreferenceRequest() {
  return new NextResponse("Yêu cầu không hợp lệ.\nBad request.\n", {
    status: 400,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });
}
