import { sitemapFileNames } from "@/lib/sitemap/entries";
import { sitemapIndexXml } from "@/lib/sitemap/xml";

// Read from the database on each request (cached reads), never at build time.
export const dynamic = "force-dynamic";

/** /sitemap.xml: an index of the sitemap files, one page of one kind each, within the protocol's 50,000 URLs. */
export async function GET() {
  const { origin, files } = await sitemapFileNames();
  return new Response(sitemapIndexXml(origin, files), { headers: { "content-type": "application/xml; charset=utf-8" } });
}
