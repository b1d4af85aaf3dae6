import type { NextAuthOptions } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authSecret, isProductionDeployment } from "@/lib/env";
import { clientIp } from "@/lib/http/client-ip";
import { authenticate, type AuthenticatedUser } from "./authenticate";
import { ZSignIn } from "./schema";

/** Sessions end 8 hours after sign-in (a working day), whatever the activity. */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

export function sessionCookie() {
  const secure = isProductionDeployment();
  return {
    name: secure ? "__Secure-portal.session" : "portal.session",
    options: { httpOnly: true, sameSite: "lax" as const, path: "/", secure },
  };
}

/**
 * next-auth configuration: credentials checked by `authenticate` (throttled), JWT sessions
 * carrying id, role, commune and the user's session version. The sign-in page is our own
 * (/login, a server action that mints the same JWT); this provider serves next-auth's own
 * endpoint with the same rules.
 */
export function getAuthOptions(): NextAuthOptions {
  return {
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
    useSecureCookies: isProductionDeployment(),
    cookies: { sessionToken: sessionCookie() },
    pages: { signIn: "/login", error: "/login" },
    providers: [
      Credentials({
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(credentials, request) {
          const parsed = ZSignIn.safeParse(credentials);
          if (!parsed.success) return null;
          const result = await authenticate({
            ...parsed.data,
            ip: clientIp(new Headers(request.headers as Record<string, string>)),
          });
          return result.ok ? result.user : null;
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          const u = user as unknown as AuthenticatedUser;
          token.sub = u.id;
          token.role = u.role;
          token.communeId = u.communeId;
          token.sv = u.sessionVersion;
        }
        return token;
      },
      session({ session, token }) {
        session.user = {
          id: token.sub ?? "",
          name: token.name ?? "",
          email: token.email ?? "",
          role: token.role,
          communeId: token.communeId ?? null,
          sv: token.sv,
        };
        return session;
      },
    },
  };
}
