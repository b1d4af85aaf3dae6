import type { LibraryItemType } from "@/lib/generated/prisma/enums";

/* Simple line icons (no emoji: not every phone or font has them). Decorative: the type is also written out. */
const PATHS: Record<LibraryItemType, string> = {
  DOCUMENT: "M6 2h9l5 5v15H6z M15 2v5h5 M9 12h8 M9 16h8",
  AUDIO: "M4 14v-2a8 8 0 0 1 16 0v2 M4 14h3v6H4z M17 14h3v6h-3z",
  VIDEO: "M3 6h13v12H3z M16 10l5-3v10l-5-3",
  IMAGES: "M3 5h18v14H3z M3 16l5-5 4 4 3-3 6 6 M15.5 9.5h.01",
};

export function LibraryTypeIcon({ type, className = "size-8" }: { type: LibraryItemType; className?: string }) {
  return (
    <svg
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
      className={`shrink-0 text-brand-700 ${className}`}
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d={PATHS[type]} />
    </svg>
  );
}
