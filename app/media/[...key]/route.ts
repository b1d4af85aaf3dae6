import { getViewer } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { canReadFile } from "@/lib/library/policy";
import { libraryItemOfKey } from "@/lib/library/queries";
import { serveStoredFile } from "@/lib/storage/serve";

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Uploaded media (images, audio, library files), outside the locale tree; the front server
 * passes it through. Library files ("library/…") are checked here, on every request: a
 * COMMUNITY item's file is served only to signed-in staff, a draft's only to its editors.
 * A refused visitor gets 403 with the reason the item gives.
 */
export async function GET(request: Request, { params }: RouteContext<"/media/[...key]">) {
  const { key } = await params;
  const path = key.join("/");
  if (!path.startsWith("library/")) return serveStoredFile(request, path);

  const item = await libraryItemOfKey(path);
  if (!item) return new Response("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  const viewer = await getViewer();
  if (!canReadFile(viewer, item)) {
    const t = getT("vi", "library");
    const title = t("access.refusedTitle");
    const body = item.state === "PUBLISHED" ? t("access.refusedBody") : t("access.notPublished");
    const html =
      `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escape(title)}</title></head>` +
      `<body style="font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.6"><main><h1>${escape(title)}</h1><p>${escape(body)}</p>` +
      (item.state === "PUBLISHED" && item.accessNote
        ? `<p><strong>${escape(t("access.why"))}</strong> ${escape(item.accessNote)}</p>`
        : "") +
      `<p><a href="/login">${escape(t("access.signIn"))}</a> · <a href="/vi/library/${encodeURIComponent(item.id)}">${escape(t("access.back"))}</a></p></main></body></html>`;
    return new Response(request.method === "HEAD" ? null : html, {
      status: 403,
      headers: { "content-type": "text/html; charset=utf-8", "cache-control": "private, no-store" },
    });
  }
  const open = item.state === "PUBLISHED" && item.access === "PUBLIC";
  // Not immutable: an item can become restricted later; a restricted file is never kept by shared caches.
  return serveStoredFile(request, path, {
    cacheControl: open ? "public, max-age=3600" : "private, no-store",
    downloadName: path.endsWith(".webp") ? undefined : (item.originalName ?? undefined),
  });
}

export const HEAD = GET;
