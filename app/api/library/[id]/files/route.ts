import { headers } from "next/headers";
import { getViewer } from "@/lib/auth/session";
import { clientIp } from "@/lib/http/client-ip";
import { uploadRoute } from "@/lib/storage/receive";
import { receiveLibraryFile } from "@/lib/library/upload";

/**
 * Uploads for the library editor: a plain multipart form (works without JavaScript; with it, a
 * small island shows the progress). Under /api/ so that the proxy does not buffer the body: the
 * file streams to disk (lib/storage/receive.ts). Answers with a redirect back to the editor,
 * which shows the outcome next to the field.
 */
export async function POST(request: Request, { params }: RouteContext<"/api/library/[id]/files">) {
  return uploadRoute(async () => {
    const { id } = await params;
    const viewer = await getViewer();
    const outcome = await receiveLibraryFile({ request, itemId: id, viewer, ip: clientIp(await headers()) });
    if (outcome === "forbidden") return new Response("Forbidden", { status: 403 });
    const query = new URLSearchParams(outcome === "ok" ? { saved: "1" } : { error: outcome });
    // A relative address: the portal sits behind the front server, whose host Next.js does not see.
    return new Response(null, { status: 303, headers: { location: `/admin/library/${encodeURIComponent(id)}?${query}#files` } });
  });
}
