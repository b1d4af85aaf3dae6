import type { DiffLine } from "@/lib/text/diff";

/**
 * A diff as readable lines: removed lines struck through with a "−" sign, added lines
 * underlined with a "+" sign (never by colour alone), the rest plain. `labels` are the
 * words screen readers hear before each changed line.
 */
export function TextDiff({ lines, labels, lang }: { lines: DiffLine[]; labels: { added: string; removed: string }; lang?: string }) {
  return (
    <div lang={lang} className="mt-2 overflow-x-auto rounded border border-gray-300 bg-white p-2 font-mono text-sm">
      {lines.map((line, index) =>
        line.kind === "same" ? (
          <div key={index} className="whitespace-pre-wrap break-words pl-5">
            {line.text || "\u00a0"}
          </div>
        ) : line.kind === "added" ? (
          <ins key={index} className="block whitespace-pre-wrap break-words bg-green-50 pl-1 text-green-900">
            <span aria-hidden="true">+ </span>
            <span className="sr-only">{labels.added}: </span>
            {line.text || "\u00a0"}
          </ins>
        ) : (
          <del key={index} className="block whitespace-pre-wrap break-words bg-red-50 pl-1 text-red-900">
            <span aria-hidden="true">− </span>
            <span className="sr-only">{labels.removed}: </span>
            {line.text || "\u00a0"}
          </del>
        ),
      )}
    </div>
  );
}
