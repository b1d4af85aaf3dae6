/**
 * Tells the reader that part of what they see is in Vietnamese because their language has no
 * translation of it yet. One per page: the layout's note when the interface falls back
 * (`interfaceFallsBack`), otherwise the content's own. The icon is drawn (an "i" in a circle):
 * the ⓘ character shows as a box on phones without that glyph.
 */
export function FallbackNote({ children }: { children: React.ReactNode }) {
  return (
    <p role="note" className="flex items-start gap-2 border-l-4 border-amber-500 bg-amber-50 px-3 py-1.5 text-sm text-ink">
      <svg
        aria-hidden="true"
        viewBox="0 0 16 16"
        width="16"
        height="16"
        className="mt-0.5 shrink-0"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
      >
        <circle cx="8" cy="8" r="6.5" />
        <path d="M8 7v4.5" strokeLinecap="round" />
        <circle cx="8" cy="4.75" r="0.9" fill="currentColor" stroke="none" />
      </svg>
      <span>{children}</span>
    </p>
  );
}
