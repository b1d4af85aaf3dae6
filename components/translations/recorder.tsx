"use client";

import { useRef, useState } from "react";

/**
 * Records a reading in the browser (MediaRecorder) and posts it to the same address as the
 * plain upload form beside it, which stays the way without JavaScript or a microphone.
 */
export function Recorder({ action, recordLabel, stopLabel }: { action: string; recordLabel: string; stopLabel: string }) {
  const [recording, setRecording] = useState(false);
  const recorder = useRef<MediaRecorder | null>(null);
  if (typeof window !== "undefined" && !("MediaRecorder" in window)) return null;

  async function start() {
    const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    const chunks: Blob[] = [];
    const media = new MediaRecorder(stream);
    media.ondataavailable = (event) => chunks.push(event.data);
    media.onstop = async () => {
      stream.getTracks().forEach((track) => track.stop());
      const blob = new Blob(chunks, { type: media.mimeType });
      const body = new FormData();
      body.append("file", blob, `reading.${media.mimeType.includes("ogg") ? "ogg" : "webm"}`);
      const response = await fetch(action, { method: "POST", body, redirect: "follow" });
      window.location.assign(response.url);
    };
    recorder.current = media;
    media.start();
    setRecording(true);
  }

  return (
    <button
      type="button"
      onClick={() => (recording ? (recorder.current?.stop(), setRecording(false)) : void start())}
      className="min-h-11 cursor-pointer rounded bg-accent-600 px-4 font-semibold text-white hover:bg-accent-700"
      aria-pressed={recording}
    >
      {recording ? stopLabel : recordLabel}
    </button>
  );
}
