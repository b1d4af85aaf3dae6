import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { getServerSession } from "next-auth";
import { encode } from "next-auth/jwt";
import { db } from "@/lib/db";
import { authSecret } from "@/lib/env";
import { getRequestPath } from "@/lib/i18n/server";
import type { AuthenticatedUser } from "./authenticate";
import { SESSION_MAX_AGE_SECONDS, getAuthOptions, sessionCookie } from "./options";
import { can, type Action, type Resource } from "./permissions";

export type Viewer = {
  id: string;
  email: string;
  name: string;
  role: AuthenticatedUser["role"];
  communeId: string | null;
  commune: { id: string; name: string; fullName: string; slug: string } | null;
  /** Translation workbench: the languages they translate into and review (lib/translations). */
  translatesInto: string[];
  reviewsIn: string[];
};

/**
 * The signed-in user of this request, or null. The session token only says who it was;
 * the user is read again so a deactivation, a password reset or a role change takes effect
 * at once rather than when the token expires.
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await getServerSession(getAuthOptions());
  const claims = session?.user;
  if (!claims?.id) return null;
  const user = await db.user.findUnique({
    where: { id: claims.id },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      communeId: true,
      active: true,
      sessionVersion: true,
      translatesInto: true,
      reviewsIn: true,
      commune: { select: { id: true, name: true, fullName: true, slug: true } },
    },
  });
  if (!user || !user.active || user.sessionVersion !== claims.sv) return null;
  const { active: _active, sessionVersion: _sv, ...viewer } = user;
  return viewer;
});

/** The signed-in user, or a redirect to /login that comes back here afterwards. */
export async function requireViewer(): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect(`/login?next=${encodeURIComponent(await getRequestPath())}`);
  return viewer;
}

/** The signed-in user if they may do `action` (to `resource`); otherwise /login or a 403 page. */
export async function requirePermission(action: Action, resource?: Resource): Promise<Viewer> {
  const viewer = await requireViewer();
  if (!can(viewer, action, resource)) forbidden();
  return viewer;
}

/** Starts a session for an authenticated user: the same JWT cookie next-auth reads. */
export async function startSession(user: AuthenticatedUser): Promise<void> {
  const token = await encode({
    secret: authSecret(),
    maxAge: SESSION_MAX_AGE_SECONDS,
    token: {
      sub: user.id,
      name: user.name,
      email: user.email,
      role: user.role,
      communeId: user.communeId,
      sv: user.sessionVersion,
    },
  });
  const cookie = sessionCookie();
  (await cookies()).set(cookie.name, token, { ...cookie.options, maxAge: SESSION_MAX_AGE_SECONDS });
}

export async function endSession(): Promise<void> {
  const cookie = sessionCookie();
  (await cookies()).set(cookie.name, "", { ...cookie.options, maxAge: 0 });
}
