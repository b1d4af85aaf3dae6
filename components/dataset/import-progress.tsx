"use client";

import { useEffect, useState } from "react";
import { useFormStatus } from "react-dom";

type Progress = { phase: "read" | "check" | "write" | "done"; done: number; total: number };
type Labels = { label: string; upload: string; read: string; check: string; write: string; done: string };

/**
 * Inside an import form: gives the form a progress token and, while the form's server action
 * runs, asks the server how far it has got (rows read, checked, written) and shows it.
 */
export function ImportProgress({ labels }: { labels: Labels }) {
  const { pending } = useFormStatus();
  const [token] = useState(() => crypto.randomUUID());
  const [progress, setProgress] = useState<Progress | null>(null);

  useEffect(() => {
    if (!pending) return;
    let stopped = false;
    const poll = async () => {
      try {
        const response = await fetch(`/admin/data/import/progress?token=${token}`, { cache: "no-store" });
        if (response.ok && !stopped) setProgress((await response.json()) as Progress | null);
      } catch {
        // A missed poll is fine: the next one, or the result, follows.
      }
      if (!stopped) timer = setTimeout(poll, 400);
    };
    let timer = setTimeout(poll, 200);
    return () => {
      stopped = true;
      clearTimeout(timer);
      setProgress(null);
    };
  }, [pending, token]);

  const fill = (text: string) => text.replace("{{done}}", String(progress?.done ?? 0)).replace("{{total}}", String(progress?.total ?? 0));
  const text = !progress ? labels.upload : fill(labels[progress.phase]);
  const ratio = progress?.total ? progress.done / progress.total : undefined;
  return (
    <>
      <input type="hidden" name="progressToken" value={token} />
      {pending && (
        <div role="status" aria-live="polite" className="space-y-1">
          <progress max={1} value={ratio} aria-label={labels.label} className="w-full max-w-md" />
          <p className="text-sm">{text}</p>
        </div>
      )}
    </>
  );
}

/** The file input; refuses a file over the limit before uploading it, with the same message as the server. */
export function ImportFileInput({ label, tooLarge, maxBytes }: { label: string; tooLarge: string; maxBytes: number }) {
  const [error, setError] = useState<string | null>(null);
  return (
    <div className={error ? "border-l-4 border-accent-600 pl-3" : undefined}>
      <label htmlFor="field-file" className="block font-semibold">
        {label}
      </label>
      {error && (
        <p id="file-error" className="font-semibold text-accent-700">
          {error}
        </p>
      )}
      <input
        id="field-file"
        name="file"
        type="file"
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        required
        aria-describedby={error ? "file-error" : undefined}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          if (file && file.size > maxBytes) {
            setError(tooLarge);
            event.currentTarget.value = "";
          } else setError(null);
        }}
        className="mt-1 block"
      />
    </div>
  );
}
