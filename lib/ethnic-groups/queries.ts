import "server-only";
import { unstable_cache } from "next/cache";
import { db } from "@/lib/db";
import { ETHNIC_GROUPS_TAG } from "./tags";

export type EthnicGroupRow = {
  id: string;
  code: string | null;
  name: string;
  altNames: string | null;
  slug: string;
  translations: { locale: string; name: string }[];
};

/** The 54 groups in their official order (those without a confirmed code last). Public. */
export const listEthnicGroups = unstable_cache(
  async (): Promise<EthnicGroupRow[]> =>
    db.ethnicGroup.findMany({
      orderBy: [{ sortOrder: "asc" }],
      select: { id: true, code: true, name: true, altNames: true, slug: true, translations: { select: { locale: true, name: true } } },
    }),
  ["ethnic-groups"],
  { tags: [ETHNIC_GROUPS_TAG] },
);
