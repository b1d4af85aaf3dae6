import { publicDataDownload } from "@/lib/dataset/download";

export async function GET(request: Request, { params }: RouteContext<"/[locale]/data/datapackage.json">) {
  return publicDataDownload(request, (await params).locale, "datapackage");
}
