import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { getSiteIdentity } from "@/lib/settings/queries";
import { listCommunes } from "@/lib/units/queries";
import { allowedSignatures } from "./policy";
import { committeeName } from "./signature-name";

export { committeeName };

/** The units a viewer may sign an answer with (answers are content: signed in Vietnamese). */
export async function signaturesFor(viewer: Actor): Promise<string[]> {
  const [identity, communes] = await Promise.all([getSiteIdentity("vi"), listCommunes()]);
  return allowedSignatures(
    viewer,
    identity.agencyName,
    communes.map((c) => ({ id: c.id, name: c.fullName })),
    committeeName,
  );
}
