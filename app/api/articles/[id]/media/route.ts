import { headers } from "next/headers";
import { attachMediaFromUpload } from "@/lib/articles/upload";
import { getViewer } from "@/lib/auth/session";
import { clientIp } from "@/lib/http/client-ip";
import { uploadRoute } from "@/lib/storage/receive";

/**
 * Uploads for the article editor (cover image, a language's recording), as plain multipart
 * forms that work without JavaScript. Under /api/ so that the proxy does not buffer the body:
 * the file streams to disk (lib/storage/receive.ts). Answers with a redirect back to the editor,
 * which shows the outcome next to the field.
 */
export async function POST(request: Request, { params }: RouteContext<"/api/articles/[id]/media">) {
  return uploadRoute(async () => {
    const { id } = await params;
    const viewer = await getViewer();
    const url = new URL(request.url);
    const target = url.searchParams.get("target") === "cover" ? "cover" : "audio";
    const locale = url.searchParams.get("locale") ?? "vi";
    const outcome = await attachMediaFromUpload({ request, articleId: id, viewer, target, locale, ip: clientIp(await headers()) });
    if (outcome === "forbidden") return new Response("Forbidden", { status: 403 });
    const query = new URLSearchParams({ lang: locale, media: target, ...(outcome === "ok" ? { saved: "1" } : { error: outcome }) });
    // A relative address: the portal sits behind the front server, whose host Next.js does not see.
    return new Response(null, { status: 303, headers: { location: `/admin/articles/${encodeURIComponent(id)}?${query}#media` } });
  });
}
