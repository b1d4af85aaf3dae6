import fs from "node:fs";

/**
 * Pages of a PDF, counted without a PDF library: the page objects ("/Type /Page", not
 * "/Pages") in the file, read in chunks (a 50 MB file is never held whole). PDFs that keep their
 * objects in compressed object streams hide them: then the largest "/Count n" of a page tree is
 * used, and when neither is found, null (the editor types the number).
 */
export async function countPdfPages(file: string): Promise<number | null> {
  let pages = 0;
  let maxCount = 0;
  let carry = "";
  for await (const chunk of fs.createReadStream(file, { encoding: "latin1", highWaterMark: 1 << 20 })) {
    const text = carry + (chunk as string);
    // Matches wholly inside the earlier part; the tail is carried over so nothing is cut in two.
    const cut = Math.max(0, text.length - 64);
    for (const match of text.matchAll(/\/Type\s*\/Page(?![A-Za-z])/g)) if (match.index < cut) pages++;
    for (const match of text.matchAll(/\/Count\s+(\d{1,6})/g)) if (match.index < cut) maxCount = Math.max(maxCount, Number(match[1]));
    carry = text.slice(cut);
  }
  for (const _match of carry.matchAll(/\/Type\s*\/Page(?![A-Za-z])/g)) pages++;
  for (const match of carry.matchAll(/\/Count\s+(\d{1,6})/g)) maxCount = Math.max(maxCount, Number(match[1]));
  return pages || maxCount || null;
}

/**
 * Seconds of a recording or video, read from its headers by music-metadata (MP3, M4A/MP4, OGG,
 * WAV, WebM); null when it cannot tell (the editor types it).
 */
export async function mediaDuration(file: string, mime: string): Promise<number | null> {
  try {
    // The package's Node entry (parseFile) is chosen by the "node" export condition at run time;
    // the type checker resolves its browser entry, hence the cast.
    const { parseFile } = (await import("music-metadata")) as unknown as {
      parseFile: (path: string, options: { duration: boolean; skipCovers: boolean }) => Promise<{ format: { duration?: number } }>;
    };
    const { format } = await parseFile(file, { duration: true, skipCovers: true });
    void mime;
    return format.duration && Number.isFinite(format.duration) ? Math.max(1, Math.round(format.duration)) : null;
  } catch {
    return null;
  }
}
