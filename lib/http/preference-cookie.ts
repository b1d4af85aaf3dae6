import { NextResponse } from "next/server";
import { isProductionDeployment } from "@/lib/env";
import { safeNextPath } from "./safe-path";

const ONE_YEAR = 60 * 60 * 24 * 365;

/**
 * Saves one reader preference and sends the reader back where they were (303, so the browser
 * follows with GET). Used by the plain forms in the header, which work without JavaScript.
 */
export function savePreference(next: FormDataEntryValue | null, name: string, value: string) {
  const target = safeNextPath(typeof next === "string" ? next : null, "/");
  // A relative Location: the portal may sit behind the front server or a reverse proxy, and the
  // address Next.js sees is not the one the reader used.
  const response = new NextResponse(null, { status: 303, headers: { location: target } });
  response.cookies.set(name, value, {
    path: "/",
    maxAge: ONE_YEAR,
    sameSite: "lax",
    httpOnly: true,
    secure: isProductionDeployment(),
  });
  return response;
}
