import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { getSiteIdentity } from "@/lib/settings/queries";
import { listCommunes } from "@/lib/units/queries";
import { allowedSignatures } from "./policy";

/** "Xã Minh Dân" → "UBND xã Minh Dân": the commune's People's Committee, as answers are signed. */
export function committeeName(communeFullName: string): string {
  return `UBND ${communeFullName.charAt(0).toLowerCase()}${communeFullName.slice(1)}`;
}

/** The units a viewer may sign an answer with (answers are content: signed in Vietnamese). */
export async function signaturesFor(viewer: Actor): Promise<string[]> {
  const [identity, communes] = await Promise.all([getSiteIdentity("vi"), listCommunes()]);
  return allowedSignatures(viewer, identity.agencyName, communes.map((c) => ({ id: c.id, name: c.fullName })), committeeName);
}
