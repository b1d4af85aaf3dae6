import { noticesRssFeed } from "@/lib/notices/feed";

export const dynamic = "force-dynamic";

/** RSS 2.0 of the latest notices in the path's language. */
export async function GET(_request: Request, { params }: RouteContext<"/[locale]/notices/feed.xml">) {
  return noticesRssFeed((await params).locale);
}
