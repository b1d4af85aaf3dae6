"use client";

import { useEffect, useRef, useState } from "react";

/**
 * Enhances the plain upload form it wraps: with JavaScript, the file is sent with
 * XMLHttpRequest so the upload's progress can be shown; the route answers with a redirect back to
 * the editor, which the island then follows. Without JavaScript the form posts as it is.
 */
export function UploadProgress({ labels, children }: { labels: { uploading: string; failed: string }; children: React.ReactNode }) {
  const wrapper = useRef<HTMLDivElement>(null);
  const [percent, setPercent] = useState<number | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    const form = wrapper.current?.querySelector("form");
    if (!form) return;
    const onSubmit = (event: SubmitEvent) => {
      event.preventDefault();
      const xhr = new XMLHttpRequest();
      xhr.open("POST", form.action);
      xhr.upload.addEventListener("progress", (e) => {
        if (e.lengthComputable) setPercent(Math.floor((e.loaded / e.total) * 100));
      });
      xhr.addEventListener("load", () => {
        // The redirect was followed: go where it led (the editor with the outcome).
        if (xhr.status < 400 && xhr.responseURL) window.location.assign(xhr.responseURL);
        else {
          setFailed(true);
          setPercent(null);
        }
      });
      xhr.addEventListener("error", () => {
        setFailed(true);
        setPercent(null);
      });
      setFailed(false);
      setPercent(0);
      xhr.send(new FormData(form));
    };
    form.addEventListener("submit", onSubmit);
    return () => form.removeEventListener("submit", onSubmit);
  }, []);
  return (
    <div ref={wrapper}>
      {children}
      <div aria-live="polite" className="mt-2">
        {percent !== null && (
          <>
            <progress max={100} value={percent} className="w-full max-w-md" />
            <p className="text-sm">{labels.uploading.replace("{{percent}}", String(percent))}</p>
          </>
        )}
        {failed && (
          <p role="alert" className="font-semibold text-accent-700">
            {labels.failed}
          </p>
        )}
      </div>
    </div>
  );
}
