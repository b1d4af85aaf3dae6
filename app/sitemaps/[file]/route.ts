import { sitemapFileEntries } from "@/lib/sitemap/entries";
import { sitemapFileXml } from "@/lib/sitemap/xml";

export const dynamic = "force-dynamic";

/** /sitemaps/<kind>-<n>.xml: page n of one kind of public page (at most 50,000 URLs); 404 for any other name. */
export async function GET(_request: Request, { params }: RouteContext<"/sitemaps/[file]">) {
  const { file } = await params;
  const name = /^([a-z]+-\d{1,6})\.xml$/.exec(file)?.[1];
  const entries = name ? await sitemapFileEntries(name) : null;
  if (!entries) return new Response("Not found\n", { status: 404 });
  return new Response(sitemapFileXml(entries), { headers: { "content-type": "application/xml; charset=utf-8" } });
}
