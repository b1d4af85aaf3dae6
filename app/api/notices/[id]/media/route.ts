import { headers } from "next/headers";
import { getViewer } from "@/lib/auth/session";
import { clientIp } from "@/lib/http/client-ip";
import { uploadRoute } from "@/lib/storage/receive";
import { attachNoticeAudioFromUpload } from "@/lib/notices/upload";

/**
 * A language's recording for the notice editor, as a plain multipart form (works without
 * JavaScript). Under /api/ so that the proxy does not buffer the body. Redirects back to the
 * editor, which shows the outcome next to the field.
 */
export async function POST(request: Request, { params }: RouteContext<"/api/notices/[id]/media">) {
  return uploadRoute(async () => {
    const { id } = await params;
    const locale = new URL(request.url).searchParams.get("locale") ?? "vi";
    const outcome = await attachNoticeAudioFromUpload({
      request,
      noticeId: id,
      viewer: await getViewer(),
      locale,
      ip: clientIp(await headers()),
    });
    if (outcome === "forbidden") return new Response("Forbidden", { status: 403 });
    const query = new URLSearchParams({ lang: locale, media: "audio", ...(outcome === "ok" ? { saved: "1" } : { error: outcome }) });
    return new Response(null, { status: 303, headers: { location: `/admin/notices/${encodeURIComponent(id)}?${query}#media` } });
  });
}
