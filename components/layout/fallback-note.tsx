/**
 * Tells the reader that what they see is in Vietnamese because their language has no
 * translation yet. Written in Vietnamese (through the fallback) when the reader's language
 * has no translation of the note itself.
 */
export function FallbackNote({ children }: { children: React.ReactNode }) {
  return (
    <p role="note" className="border-l-4 border-amber-500 bg-amber-50 px-3 py-2 text-sm text-ink">
      <span aria-hidden="true">ⓘ </span>
      {children}
    </p>
  );
}
