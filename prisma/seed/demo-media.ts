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
