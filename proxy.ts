import { NextResponse, type NextRequest } from "next/server";
import { DEFAULT_LOCALE, LOCALE_COOKIE, isLocale, localeFromAcceptLanguage, type Locale } from "@/lib/i18n/config";
import { isPrivatePage } from "@/lib/i18n/languages.mjs";
import { contentSecurityPolicy } from "@/lib/security/csp.mjs";

function preferredLocale(request: NextRequest): Locale {
  const saved = request.cookies.get(LOCALE_COOKIE)?.value;
  if (isLocale(saved)) return saved;
  return localeFromAcceptLanguage(request.headers.get("accept-language")) ?? DEFAULT_LOCALE;
}

/**
 * Runs before every page: resolves the locale (URL prefix, else saved choice, else browser
 * language, else Vietnamese), redirects "/" to it and sets a per-request CSP nonce. Pages read
 * the results from request headers. It sets no cookie: public pages are shared by every reader
 * (the front server keeps them), and a language is saved only when the reader picks one.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const first = pathname.split("/")[1];
  const prefixed = isLocale(first) ? first : null;

  if (pathname === "/") {
    const url = request.nextUrl.clone();
    url.pathname = `/${preferredLocale(request)}`;
    // Next.js sends a redirect to the request's own origin as a relative Location.
    const response = NextResponse.redirect(url, 307);
    response.headers.set("Vary", "Cookie, Accept-Language");
    return response;
  }

  const locale = prefixed ?? preferredLocale(request);
  const nonce = btoa(crypto.randomUUID());
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV !== "production");

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-portal-locale", locale);
  requestHeaders.set("x-portal-path", pathname + search);
  requestHeaders.set("x-nonce", nonce);
  // Next.js reads the nonce for its own scripts from the request's CSP header.
  requestHeaders.set("content-security-policy", csp);

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", csp);
  // A forum tracking page belongs to one reader (its code is the key): no cache keeps it, no
  // search engine indexes it (the front server reads the same list, lib/i18n/languages.mjs).
  if (isPrivatePage(pathname)) {
    response.headers.set("cache-control", "private, no-store");
    response.headers.set("x-robots-tag", "noindex, nofollow");
  }
  return response;
}

export const config = {
  matcher: [
    // Pages only: not API routes, feeds, build assets or public files.
    "/((?!api/|cap/|_next/|uploads/|favicon\\.ico|robots\\.txt|sitemap\\.xml|.*\\.(?:xml|txt|png|jpe?g|gif|svg|webp|ico|css|js|map|woff2?|mp3|m4a|ogg|mp4|pdf)$).*)",
  ],
};
