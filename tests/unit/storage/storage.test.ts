import { describe, expect, it } from "vitest";
import { parseRange } from "@/lib/storage/serve";
import { checkUpload, sniff } from "@/lib/storage/sniff";
import { formatFileSize, imageSources } from "@/lib/storage/urls";
import { silentMp3 } from "@/prisma/seed/demo-media";

const bytes = (...values: (number | string)[]) =>
  new Uint8Array(values.flatMap((v) => (typeof v === "string" ? [...v].map((c) => c.charCodeAt(0)) : [v])));

describe("content sniffing", () => {
  it("recognises files by their first bytes", () => {
    expect(sniff(bytes(0xff, 0xd8, 0xff, 0xe0))?.mime).toBe("image/jpeg");
    expect(sniff(bytes(0x89, "PNG\r\n\x1a\n"))?.mime).toBe("image/png");
    expect(sniff(bytes("RIFF", 0, 0, 0, 0, "WEBP"))?.mime).toBe("image/webp");
    expect(sniff(bytes("ID3", 4, 0))?.mime).toBe("audio/mpeg");
    expect(sniff(silentMp3(1).subarray(0, 16))?.mime).toBe("audio/mpeg");
    expect(sniff(bytes(0, 0, 0, 0x20, "ftypM4A "))?.mime).toBe("audio/mp4");
    expect(sniff(bytes("OggS", 0))?.mime).toBe("audio/ogg");
    expect(sniff(bytes("%PDF-1.7"))?.mime).toBe("application/pdf");
  });

  it("is not fooled by a name or by text", () => {
    expect(sniff(bytes("<html><script>"))).toBeNull();
    // WAV is known since the library takes it; an article's recording still does not.
    expect(sniff(bytes("RIFF", 0, 0, 0, 0, "WAVE"))).toMatchObject({ mime: "audio/wav" });
    expect(checkUpload("audio", { size: 10, head: bytes("RIFF", 0, 0, 0, 0, "WAVE"), truncated: false })).toEqual({
      ok: false,
      error: "upload.audioType",
    });
    expect(sniff(bytes(0xff, 0xff, 0xff, 0xff))).toBeNull(); // not a valid MPEG frame header
  });

  it("checks an upload against its purpose", () => {
    const jpeg = bytes(0xff, 0xd8, 0xff, 0xe0);
    expect(checkUpload("image", { size: 10, head: jpeg, truncated: false })).toMatchObject({ ok: true });
    expect(checkUpload("image", { size: 10, head: jpeg, truncated: true })).toEqual({ ok: false, error: "upload.imageTooLarge" });
    expect(checkUpload("audio", { size: 10, head: jpeg, truncated: false })).toEqual({ ok: false, error: "upload.audioType" });
    expect(checkUpload("image", { size: 10, head: bytes("%PDF-1.7"), truncated: false })).toEqual({ ok: false, error: "upload.imageType" });
    expect(checkUpload("audio", null)).toEqual({ ok: false, error: "upload.required" });
  });
});

describe("Range requests", () => {
  it("parses single ranges and refuses impossible ones", () => {
    expect(parseRange(null, 100)).toBeNull();
    expect(parseRange("bytes=0-9", 100)).toEqual({ start: 0, end: 9 });
    expect(parseRange("bytes=90-", 100)).toEqual({ start: 90, end: 99 });
    expect(parseRange("bytes=-10", 100)).toEqual({ start: 90, end: 99 });
    expect(parseRange("bytes=50-500", 100)).toEqual({ start: 50, end: 99 });
    expect(parseRange("bytes=100-", 100)).toBe("invalid");
    expect(parseRange("bytes=0-1,5-6", 100)).toBeNull(); // several ranges: the whole file
  });
});

describe("media addresses", () => {
  it("offers every variant and the size a phone downloads", () => {
    const media = {
      width: 1024,
      height: 576,
      variants: [
        { width: 320, height: 180, key: "img/a/320.webp", size: 9000 },
        { width: 640, height: 360, key: "img/a/640.webp", size: 25000 },
        { width: 1024, height: 576, key: "img/a/1024.webp", size: 52000 },
      ],
    };
    expect(imageSources(media)).toEqual({
      src: "/media/img/a/640.webp",
      srcSet: "/media/img/a/320.webp 320w, /media/img/a/640.webp 640w, /media/img/a/1024.webp 1024w",
      width: 640,
      height: 360,
      size: 25000,
    });
    expect(imageSources(media, "small")?.src).toBe("/media/img/a/320.webp");
    expect(formatFileSize(25000, "vi-VN")).toBe("25 KB");
    expect(formatFileSize(1_234_567, "vi-VN")).toBe("1,2 MB");
    expect(formatFileSize(1_234_567, "en-GB")).toBe("1.2 MB");
  });
});

describe("receiving an upload", () => {
  const upload = (file: Blob, name = "bai-doc.mp3") => {
    const form = new FormData();
    form.set("note", "kept");
    form.set("file", file, name);
    return new Request("http://localhost/upload", { method: "POST", body: form });
  };

  it("streams the file to a temporary file and keeps its first bytes", async () => {
    const { receiveUpload } = await import("@/lib/storage/receive");
    const fs = await import("node:fs");
    const os = await import("node:os");
    const mp3 = silentMp3(1);
    const received = await receiveUpload(upload(new Blob([new Uint8Array(mp3)])), {
      maxBytes: 1_000_000,
      tempDir: os.tmpdir(),
      fileField: "file",
    });
    try {
      expect(received.fields).toEqual({ note: "kept" });
      expect(received.file).toMatchObject({ size: mp3.length, truncated: false, filename: "bai-doc.mp3" });
      expect(fs.readFileSync(received.file!.path).equals(mp3)).toBe(true);
      expect(checkUpload("audio", received.file)).toMatchObject({ ok: true, type: { mime: "audio/mpeg" } });
    } finally {
      await received.discard();
    }
    expect(fs.existsSync(received.file!.path)).toBe(false);
  });

  it("stops at the size limit and says the file is too big", async () => {
    const { receiveUpload } = await import("@/lib/storage/receive");
    const os = await import("node:os");
    const received = await receiveUpload(upload(new Blob([new Uint8Array(silentMp3(3))])), {
      maxBytes: 10_000,
      tempDir: os.tmpdir(),
      fileField: "file",
    });
    await received.discard();
    expect(received.file?.truncated).toBe(true);
    expect(checkUpload("audio", received.file)).toEqual({ ok: false, error: "upload.audioTooLarge" });
  });

  it("receives several files of one field when allowed (a multiple file input), and only one otherwise", async () => {
    const { receiveUpload } = await import("@/lib/storage/receive");
    const fs = await import("node:fs");
    const os = await import("node:os");
    const several = () => {
      const form = new FormData();
      for (const name of ["a.jpg", "b.jpg", "c.jpg"])
        form.append("file", new Blob([new Uint8Array([0xff, 0xd8, 0xff, name.charCodeAt(0)])]), name);
      return new Request("http://localhost/upload", { method: "POST", body: form });
    };
    const three = await receiveUpload(several(), { maxBytes: 1000, tempDir: os.tmpdir(), fileField: "file", maxFiles: 10 });
    await three.discard();
    expect(three.files.map((file) => file.filename)).toEqual(["a.jpg", "b.jpg", "c.jpg"]);
    expect(three.file?.filename).toBe("a.jpg");
    expect(three.files.every((file) => !fs.existsSync(file.path))).toBe(true);
    const one = await receiveUpload(several(), { maxBytes: 1000, tempDir: os.tmpdir(), fileField: "file" });
    await one.discard();
    expect(one.files.map((file) => file.filename)).toEqual(["a.jpg"]);
  });
});
