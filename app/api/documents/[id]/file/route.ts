import { headers } from "next/headers";
import { getViewer } from "@/lib/auth/session";
import { receiveDocumentFile } from "@/lib/documents/upload";
import { clientIp } from "@/lib/http/client-ip";
import { uploadRoute } from "@/lib/storage/receive";

/** The PDF of a legal document: a plain multipart form from /admin/documents/{id}. */
export async function POST(request: Request, { params }: RouteContext<"/api/documents/[id]/file">) {
  return uploadRoute(async () => {
    const { id } = await params;
    const outcome = await receiveDocumentFile({ request, id, viewer: await getViewer(), ip: clientIp(await headers()) });
    if (outcome === "forbidden") return new Response("Forbidden", { status: 403 });
    const query = new URLSearchParams(outcome === "ok" ? { saved: "1" } : { error: outcome });
    return new Response(null, { status: 303, headers: { location: `/admin/documents/${encodeURIComponent(id)}?${query}#file` } });
  });
}
