import { noticeBulletin } from "@/lib/bulletins/zip";

/** The loudspeaker bulletin of a notice version (scripts per language and recordings). */
export async function GET(_request: Request, { params }: RouteContext<"/admin/notices/[id]/bulletin.zip">) {
  return noticeBulletin((await params).id);
}
