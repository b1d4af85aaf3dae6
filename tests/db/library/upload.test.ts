/**
 * The library's upload route, server side: who may upload to which item (the route's own
 * check, not the page's), content and size checks, and that nothing is left behind when refused.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { demoPdf, toneWav } from "@/prisma/seed/demo-media";
import { db, resetDatabase, seedBase, userByEmail } from "../helpers";
import { makeLibraryItem } from "./fixtures";

vi.mock("next/cache", () => ({ revalidateTag: () => {}, updateTag: () => {}, refresh: () => {}, unstable_cache: <T>(fn: T) => fn }));
const session = vi.hoisted(() => ({ viewer: null as unknown }));
vi.mock("@/lib/auth/session", () => ({ getViewer: async () => session.viewer }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "198.51.100.7" }) }));

const mediaDir = path.join(os.tmpdir(), `portal-upload-test-${process.pid}`);
process.env.MEDIA_DIR = mediaDir;
const { receiveLibraryFile } = await import("@/lib/library/upload");
const route = await import("@/app/api/library/[id]/files/route");

/** A multipart body written by hand, as a dropped connection or a crafted client leaves it. */
function rawMultipart(parts: string[], options: { end: boolean; contentType?: string }) {
  const boundary = "----portal-test-boundary";
  const body = parts.map((part) => `--${boundary}\r\n${part}\r\n`).join("") + (options.end ? `--${boundary}--\r\n` : "");
  return new Request("http://portal.test/api/library/x/files", {
    method: "POST",
    body,
    headers: { "content-type": options.contentType ?? `multipart/form-data; boundary=${boundary}` },
  });
}
const filePart = (bytes: string) =>
  `Content-Disposition: form-data; name="file"; filename="ghi-am.wav"\r\nContent-Type: audio/wav\r\n\r\n${bytes}`;
const post = (request: Request, id: string) => route.POST(request, { params: Promise.resolve({ id }) } as Parameters<typeof route.POST>[1]);

function upload(file: Buffer, name: string, headers: Record<string, string> = {}) {
  const form = new FormData();
  form.set("file", new Blob([new Uint8Array(file)]), name);
  return new Request("http://portal.test/api/library/x/files", { method: "POST", body: form, headers });
}

function stored(): string[] {
  if (!fs.existsSync(mediaDir)) return [];
  return (fs.readdirSync(mediaDir, { recursive: true, withFileTypes: true }) as fs.Dirent[]).filter((d) => d.isFile()).map((d) => d.name);
}

describe("library uploads (route checks)", () => {
  let cadre: Awaited<ReturnType<typeof userByEmail>>;
  let official: Awaited<ReturnType<typeof userByEmail>>;
  beforeAll(() => fs.rmSync(mediaDir, { recursive: true, force: true }));
  afterAll(() => fs.rmSync(mediaDir, { recursive: true, force: true }));
  beforeEach(async () => {
    await resetDatabase();
    await seedBase();
    cadre = await userByEmail("cadre.minhdan@demo.local");
    official = await userByEmail("official@demo.local");
  });

  it("refuses visitors, another's draft, a submitted draft and a cross-site form; stores nothing", async () => {
    const othersDraft = await makeLibraryItem({ authorId: official.id, withFile: false });
    const ownSubmitted = await makeLibraryItem({ authorId: cadre.id, state: "IN_REVIEW", withFile: false });
    const ownDraft = await makeLibraryItem({ authorId: cadre.id, withFile: false });
    const wav = toneWav(1);
    expect(await receiveLibraryFile({ request: upload(wav, "a.wav"), itemId: ownDraft.id, viewer: null, ip: null })).toBe("forbidden");
    expect(await receiveLibraryFile({ request: upload(wav, "a.wav"), itemId: othersDraft.id, viewer: cadre, ip: null })).toBe("forbidden");
    expect(await receiveLibraryFile({ request: upload(wav, "a.wav"), itemId: ownSubmitted.id, viewer: cadre, ip: null })).toBe(
      "library.lockedForReview",
    );
    expect(
      await receiveLibraryFile({
        request: upload(wav, "a.wav", { origin: "http://evil.test", host: "portal.test" }),
        itemId: ownDraft.id,
        viewer: cadre,
        ip: null,
      }),
    ).toBe("forbidden");
    expect(await db.libraryFile.count()).toBe(0);
    expect(stored()).toEqual([]);
  });

  it("checks the content against the item's type, stores a good file with its length and audit row", async () => {
    const item = await makeLibraryItem({ authorId: cadre.id, withFile: false });
    expect(
      await receiveLibraryFile({ request: upload(demoPdf("x", 2), "ghi-am.wav"), itemId: item.id, viewer: cadre, ip: "198.51.100.7" }),
    ).toBe("upload.libraryAudioType");
    expect(stored()).toEqual([]);
    expect(
      await receiveLibraryFile({ request: upload(toneWav(2), "ghi-am.wav"), itemId: item.id, viewer: cadre, ip: "198.51.100.7" }),
    ).toBe("ok");
    const file = await db.libraryFile.findFirstOrThrow({ where: { itemId: item.id }, include: { media: true } });
    expect(file).toMatchObject({ durationSeconds: 2, media: { mimeType: "audio/wav", originalName: "ghi-am.wav" } });
    expect(file.media.storageKey).toMatch(/^library\/\d{4}\/\d{2}\/.+\.wav$/);
    expect(stored()).toHaveLength(1); // the stored file; the temporary one is gone
    expect(
      await db.auditLog.count({ where: { action: "library.fileAdded", entityId: item.id, actorId: cadre.id, ip: "198.51.100.7" } }),
    ).toBe(1);
  });

  it("answers a cut-off, malformed or doubled upload with 400 and leaves no temporary file", async () => {
    const item = await makeLibraryItem({ authorId: cadre.id, withFile: false });
    session.viewer = cadre;
    const before = stored();
    const half = toneWav(3).toString("latin1").slice(0, 60_000);
    const cases = [
      rawMultipart([filePart(half)], { end: false }), // the connection dropped mid-file
      rawMultipart([filePart(half)], { end: false, contentType: "multipart/form-data" }), // no boundary
      rawMultipart(["garbage"], { end: true, contentType: "text/plain" }), // not a form
      rawMultipart(
        ['Content-Disposition: form-data; name="note"\r\n\r\na', 'Content-Disposition: form-data; name="note"\r\n\r\nb', filePart(half)],
        { end: true },
      ),
    ];
    for (const request of cases) {
      const response = await post(request, item.id);
      expect(response.status).toBe(400);
      expect(await response.text()).toContain("The upload was incomplete or malformed");
    }
    expect(stored()).toEqual(before);
    expect(stored().some((name) => name.endsWith(".upload"))).toBe(false);
    expect(await db.libraryFile.count()).toBe(0);
  });
});
