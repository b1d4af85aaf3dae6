import { publicDataDownload } from "@/lib/dataset/download";

export async function GET(request: Request, { params }: RouteContext<"/[locale]/data/download.csv">) {
  return publicDataDownload(request, (await params).locale, "csv");
}
