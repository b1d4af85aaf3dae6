import { sitemapEntries } from "@/lib/sitemap/entries";
import { sitemapFileXml } from "@/lib/sitemap/xml";

export const dynamic = "force-dynamic";

/** /sitemaps/<n>.xml: file n of the sitemap (at most 50,000 URLs); 404 past the last one. */
export async function GET(_request: Request, { params }: RouteContext<"/sitemaps/[file]">) {
  const { file } = await params;
  const match = /^(\d{1,6})\.xml$/.exec(file);
  if (!match) return new Response("Not found\n", { status: 404 });
  const { entries } = await sitemapEntries();
  const xml = sitemapFileXml(entries, Number(match[1]));
  if (xml === null) return new Response("Not found\n", { status: 404 });
  return new Response(xml, { headers: { "content-type": "application/xml; charset=utf-8" } });
}
