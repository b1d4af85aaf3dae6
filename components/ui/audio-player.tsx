import { mediaUrl } from "@/lib/storage/urls";

/**
 * An uploaded recording as the back office shows it: a player that downloads nothing until
 * pressed (`preload="none"`) and a line naming the file. Readers get `RecordedReading` instead,
 * which adds the download link and the type for browsers that cannot play it.
 */
export function AudioPlayer({ audio, caption, className }: { audio: { storageKey: string }; caption: React.ReactNode; className: string }) {
  return (
    <div className={className}>
      <audio controls preload="none" src={mediaUrl(audio.storageKey)} className="w-full max-w-md" />
      <p className="text-sm text-muted">{caption}</p>
    </div>
  );
}
