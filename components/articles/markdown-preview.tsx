"use client";

import { useState, useTransition } from "react";
import { previewMarkdownAction } from "@/lib/articles/actions";
import { MARKDOWN_BODY } from "./markdown-body";

/**
 * Shows the Markdown of a field of the surrounding form as the public page will render it
 * (the server renders and sanitizes it). A back-office enhancement: needs JavaScript.
 */
export function MarkdownPreview({ field, labels }: { field: string; labels: { button: string; title: string; failed: string } }) {
  const [html, setHtml] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const [pending, startTransition] = useTransition();
  return (
    <div>
      <button
        type="button"
        disabled={pending}
        className="min-h-11 cursor-pointer rounded border-2 border-brand-700 px-4 font-semibold text-brand-700 hover:bg-brand-50"
        onClick={(event) => {
          const input = event.currentTarget.form?.elements.namedItem(field);
          const source = input instanceof HTMLTextAreaElement ? input.value : "";
          startTransition(async () => {
            try {
              setHtml(await previewMarkdownAction(source));
              setFailed(false);
            } catch {
              setFailed(true);
            }
          });
        }}
      >
        {labels.button}
      </button>
      <div aria-live="polite">
        {failed && <p className="mt-2 font-semibold text-accent-700">{labels.failed}</p>}
        {html !== null && (
          <section aria-label={labels.title} className="mt-3 rounded border-2 border-dashed border-brand-100 p-4">
            <h3 className="text-sm font-semibold uppercase text-muted">{labels.title}</h3>
            {/* Sanitized on the server by lib/markdown (no raw HTML, scripts or javascript: links). */}
            <div
              data-testid="markdown-preview"
              className={MARKDOWN_BODY.replace("mt-6 ", "mt-2 ")}
              dangerouslySetInnerHTML={{ __html: html }}
            />
          </section>
        )}
      </div>
    </div>
  );
}
