import { sectionFeed } from "@/lib/articles/feed";

/** RSS 2.0 of the section's latest articles in the path's language. */
export async function GET(_request: Request, { params }: RouteContext<"/[locale]/news/feed.xml">) {
  return sectionFeed("news", (await params).locale);
}
