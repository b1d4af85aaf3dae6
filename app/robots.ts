import type { MetadataRoute } from "next";
import { publicOrigin } from "@/lib/http/absolute-url";

export const dynamic = "force-dynamic";

/** /robots.txt: the public site may be indexed; the back office, sign-in and search results not. */
export default async function robots(): Promise<MetadataRoute.Robots> {
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/admin", "/login", "/api/", "/*/search"] },
    sitemap: `${await publicOrigin()}/sitemap.xml`,
  };
}
