import { headers } from "next/headers";
import { getViewer } from "@/lib/auth/session";
import { clientIp } from "@/lib/http/client-ip";
import { uploadRoute } from "@/lib/storage/receive";
import { ZKind, ZTargetLocale } from "@/lib/translations/schema";
import { attachRecordingFromUpload } from "@/lib/translations/upload";

/**
 * A translator's recorded reading of an item's translation: the plain multipart form (works
 * without JavaScript) and the in-browser recorder both post here. Answers with a redirect back
 * to the editor, which shows the outcome next to the field.
 */
export async function POST(request: Request, { params }: RouteContext<"/api/translations/[kind]/[id]/recording">) {
  return uploadRoute(async () => {
    const { kind: rawKind, id } = await params;
    const kind = ZKind.safeParse(rawKind);
    const locale = ZTargetLocale.safeParse(new URL(request.url).searchParams.get("lang"));
    if (!kind.success || !locale.success) {
      await request.body?.cancel().catch(() => {});
      return new Response("Bad request", { status: 400 });
    }
    const outcome = await attachRecordingFromUpload({
      request,
      kind: kind.data,
      id,
      locale: locale.data,
      viewer: await getViewer(),
      ip: clientIp(await headers()),
    });
    if (outcome === "forbidden") return new Response("Forbidden", { status: 403 });
    const query = new URLSearchParams({ lang: locale.data, ...(outcome === "ok" ? { recording: "saved" } : { error: outcome }) });
    return new Response(null, {
      status: 303,
      headers: { location: `/admin/translations/content/${kind.data}/${encodeURIComponent(id)}?${query}#recording` },
    });
  });
}
