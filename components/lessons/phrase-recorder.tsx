"use client";

import { useRef, useState, useSyncExternalStore } from "react";

/** Formats the upload route accepts (lib/storage/sniff.ts "audio"), in the order tried. */
const TYPES = [
  { mime: "audio/mp4", ext: "m4a" },
  { mime: "audio/ogg;codecs=opus", ext: "ogg" },
  { mime: "audio/ogg", ext: "ogg" },
];

function recorderType() {
  if (typeof MediaRecorder === "undefined" || !navigator.mediaDevices?.getUserMedia) return null;
  return TYPES.find((type) => MediaRecorder.isTypeSupported(type.mime)) ?? null;
}

const subscribeNever = () => () => {};

/**
 * Records a phrase in the browser (MediaRecorder) and sends it to the same upload route as the
 * file form, as a suggestion awaiting approval. An enhancement: without JavaScript, or in a
 * browser that cannot record a format the portal accepts, nothing shows and the upload form stays.
 */
export function PhraseRecorder({
  action,
  labels,
}: {
  action: string;
  labels: { record: string; stop: string; recording: string; failed: string };
}) {
  // null on the server and before hydration (a stable entry of TYPES after): nothing to subscribe to.
  const type = useSyncExternalStore(subscribeNever, recorderType, () => null);
  const [state, setState] = useState<"idle" | "recording" | "sending" | "failed">("idle");
  const recorder = useRef<MediaRecorder | null>(null);

  if (!type) return null;

  async function start() {
    try {
      const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
      const chunks: Blob[] = [];
      const rec = new MediaRecorder(stream, { mimeType: type!.mime });
      rec.ondataavailable = (event) => chunks.push(event.data);
      rec.onstop = async () => {
        stream.getTracks().forEach((track) => track.stop());
        setState("sending");
        const form = new FormData();
        form.append("file", new Blob(chunks, { type: type!.mime.split(";")[0] }), `ghi-am.${type!.ext}`);
        const response = await fetch(action, { method: "POST", body: form }).catch(() => null);
        if (response?.redirected) window.location.assign(response.url);
        else setState("failed");
      };
      recorder.current = rec;
      rec.start();
      setState("recording");
    } catch {
      setState("failed");
    }
  }

  return (
    <div className="space-y-2">
      {state === "recording" ? (
        <button
          type="button"
          onClick={() => recorder.current?.stop()}
          className="min-h-11 cursor-pointer rounded bg-accent-600 px-4 font-semibold text-white"
        >
          {labels.stop}
        </button>
      ) : (
        <button
          type="button"
          onClick={start}
          disabled={state === "sending"}
          className="min-h-11 cursor-pointer rounded border-2 border-brand-700 px-4 font-semibold text-brand-700 hover:bg-brand-50"
        >
          {labels.record}
        </button>
      )}
      <p role="status" aria-live="polite" className="text-sm">
        {state === "recording" ? labels.recording : state === "failed" ? labels.failed : ""}
      </p>
    </div>
  );
}
