import { capDocument } from "@/lib/notices/feed";

export const dynamic = "force-dynamic";

/** /cap/{id}.xml: the CAP 1.2 alert of one issued version of a notice. */
export async function GET(_request: Request, { params }: RouteContext<"/cap/[file]">) {
  const match = /^([A-Za-z0-9-]{1,40})\.xml$/.exec((await params).file);
  if (!match) return new Response("Not found", { status: 404 });
  return capDocument(match[1]!);
}
