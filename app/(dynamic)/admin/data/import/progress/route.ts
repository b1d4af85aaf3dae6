import { can } from "@/lib/auth/permissions";
import { getViewer } from "@/lib/auth/session";
import { readProgress } from "@/lib/dataset/import/progress";

/** How far the viewer's running import has got (numbers only), for the upload page to show. */
export async function GET(request: Request) {
  const viewer = await getViewer();
  if (!viewer || !can(viewer, "dataset.import")) return Response.json(null, { status: 403 });
  const token = new URL(request.url).searchParams.get("token") ?? "";
  return Response.json(readProgress(token, viewer.id), { headers: { "cache-control": "no-store" } });
}
