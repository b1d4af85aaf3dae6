import { articleBulletin } from "@/lib/bulletins/zip";

/** The loudspeaker bulletin of an article (scripts per language and recordings). */
export async function GET(_request: Request, { params }: RouteContext<"/admin/articles/[id]/bulletin.zip">) {
  return articleBulletin((await params).id);
}
