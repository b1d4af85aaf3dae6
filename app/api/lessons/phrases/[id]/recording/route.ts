import { headers } from "next/headers";
import { getViewer } from "@/lib/auth/session";
import { clientIp } from "@/lib/http/client-ip";
import { receivePhraseRecording } from "@/lib/lessons/upload";
import { uploadRoute } from "@/lib/storage/receive";
import { db } from "@/lib/db";

/**
 * A speaker's recording of a phrase, as a plain multipart form (works without JavaScript) or from
 * the in-browser recorder. Redirects back to the lesson, which shows the outcome.
 */
export async function POST(request: Request, { params }: RouteContext<"/api/lessons/phrases/[id]/recording">) {
  return uploadRoute(async () => {
    const { id } = await params;
    const outcome = await receivePhraseRecording({ request, phraseId: id, viewer: await getViewer(), ip: clientIp(await headers()) });
    if (outcome === "forbidden") return new Response("Forbidden", { status: 403 });
    const phrase = await db.lessonPhrase.findUnique({ where: { id }, select: { lessonId: true } });
    const query = new URLSearchParams({ phrase: id, ...(outcome === "ok" ? { saved: "1" } : { error: outcome }) });
    return new Response(null, {
      status: 303,
      headers: { location: `/admin/lessons/${encodeURIComponent(phrase?.lessonId ?? "")}?${query}#phrase-${id}` },
    });
  });
}
