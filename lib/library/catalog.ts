import type { LibraryAccess, LibraryItemState, LibraryItemType, LibraryTopic } from "@/lib/generated/prisma/enums";
import { MINORITY_CODES } from "@/lib/i18n/languages.mjs";

export const LIBRARY_TYPES = ["DOCUMENT", "AUDIO", "VIDEO", "IMAGES"] as const satisfies readonly LibraryItemType[];
export const LIBRARY_TOPICS = [
  "CULTURE",
  "LANGUAGE",
  "COSTUME",
  "LAW",
  "HEALTH",
  "FARMING",
  "OTHER",
] as const satisfies readonly LibraryTopic[];
export const LIBRARY_ACCESS = ["PUBLIC", "COMMUNITY"] as const satisfies readonly LibraryAccess[];
export const LIBRARY_STATES = ["DRAFT", "IN_REVIEW", "PUBLISHED"] as const satisfies readonly LibraryItemState[];

/** Languages of the province that items are in but the portal has no interface in (yet): Nùng, Sán Chay. */
const OTHER_ITEM_LANGUAGES = ["nut", "mlc"] as const;

/**
 * Languages an item itself can be in (spoken in a recording, written in a document): ISO 639-3
 * codes, the portal's minority languages (lib/i18n/languages.mjs) first, then the others, then
 * Vietnamese. Names are `library:languages.<code>` (else the autonym). Distinct from the
 * interface language: a Tày song has a Vietnamese description.
 */
export const ITEM_LANGUAGES = [...new Set([...MINORITY_CODES, ...OTHER_ITEM_LANGUAGES, "vi"] as const)];
export type ItemLanguage = (typeof ITEM_LANGUAGES)[number];

/** Address forms of the filters (`?type=audio&topic=language`): the enum in lower case. */
export const slugOf = (value: string) => value.toLowerCase();
export function fromSlug<T extends string>(values: readonly T[], slug: string | null | undefined): T | undefined {
  return values.find((value) => value.toLowerCase() === slug);
}

/** What each type accepts as files (lib/storage/sniff.ts purposes) and how many. */
export const FILE_PURPOSE = { DOCUMENT: "document", AUDIO: "libraryAudio", VIDEO: "video", IMAGES: "image" } as const satisfies Record<
  LibraryItemType,
  string
>;
export const MAX_FILES: Record<LibraryItemType, number> = { DOCUMENT: 1, AUDIO: 1, VIDEO: 1, IMAGES: 24 };
