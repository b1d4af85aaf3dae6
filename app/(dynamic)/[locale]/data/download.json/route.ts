import { publicDataDownload } from "@/lib/dataset/download";

export async function GET(request: Request, { params }: RouteContext<"/[locale]/data/download.json">) {
  return publicDataDownload(request, (await params).locale, "json");
}
