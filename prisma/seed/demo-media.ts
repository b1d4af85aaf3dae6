import sharp from "sharp";

/**
 * Demo media made in code, so the repository holds no binary files.
 *
 * `silentMp3`: MPEG-1 Layer III frames (128 kbit/s, 44.1 kHz, mono) whose side information is all
 * zero, which every decoder plays as silence. A placeholder for a real recording of the article:
 * nobody's voice is invented.
 */
export function silentMp3(seconds = 3): Buffer {
  const frameBytes = Math.floor((144 * 128_000) / 44_100); // 417, no padding
  const frames = Math.ceil((seconds * 44_100) / 1152);
  const frame = Buffer.alloc(frameBytes);
  frame.set([0xff, 0xfb, 0x90, 0xc4]);
  return Buffer.concat(Array.from({ length: frames }, () => frame));
}

/** A simple landscape picture (sky, sun, hills) in the given colours, as a JPEG. */
export async function demoPicture(sky: string, hills: string, width = 1200, height = 675): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="s" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${sky}"/><stop offset="1" stop-color="#ffffff"/></linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#s)"/>
    <circle cx="${width * 0.78}" cy="${height * 0.25}" r="${height * 0.09}" fill="#f7c948"/>
    <path d="M0 ${height * 0.7} Q ${width * 0.25} ${height * 0.45} ${width * 0.5} ${height * 0.68} T ${width} ${height * 0.6} V ${height} H 0 Z" fill="${hills}"/>
    <path d="M0 ${height * 0.85} Q ${width * 0.35} ${height * 0.7} ${width * 0.7} ${height * 0.86} T ${width} ${height * 0.8} V ${height} H 0 Z" fill="${hills}" opacity="0.7"/>
  </svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer();
}

/**
 * A short sine tone as a WAV file (8 kHz, 16-bit, mono: 16 KB a second), fading in and out.
 * A placeholder for a real recording in the library: nobody's voice or words are invented.
 */
export function toneWav(seconds = 2, frequency = 440): Buffer {
  const rate = 8000;
  const samples = Math.round(seconds * rate);
  const data = Buffer.alloc(samples * 2);
  for (let i = 0; i < samples; i++) {
    const fade = Math.min(1, i / 800, (samples - i) / 800);
    data.writeInt16LE(Math.round(Math.sin((2 * Math.PI * frequency * i) / rate) * 8000 * fade), i * 2);
  }
  const header = Buffer.alloc(44);
  header.write("RIFF", 0, "ascii");
  header.writeUInt32LE(36 + data.length, 4);
  header.write("WAVEfmt ", 8, "ascii");
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(rate, 24);
  header.writeUInt32LE(rate * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write("data", 36, "ascii");
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}

/**
 * A small valid PDF of `pages` pages, each with one line of ASCII text (the built-in Helvetica
 * has no Vietnamese letters, so the line is the English title and the words "demo document").
 */
export function demoPdf(title: string, pages = 2): Buffer {
  const text = title.replace(/[^\x20-\x7e]/g, "").replace(/[()\\]/g, "");
  const objects: string[] = [];
  const pageIds = Array.from({ length: pages }, (_, i) => 4 + i * 2);
  objects[1] = "<< /Type /Catalog /Pages 2 0 R >>";
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(" ")}] /Count ${pages} >>`;
  objects[3] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";
  pageIds.forEach((id, i) => {
    const stream = `BT /F1 18 Tf 72 720 Td (${text}) Tj 0 -30 Td (Demo document - page ${i + 1} of ${pages}) Tj ET`;
    objects[id] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${id + 1} 0 R >>`;
    objects[id + 1] = `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`;
  });
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = Buffer.byteLength(body, "latin1");
    body += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xref = Buffer.byteLength(body, "latin1");
  body += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id++) body += `${String(offsets[id]).padStart(10, "0")} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}
