import { backOfficeFile } from "@/lib/dataset/export";

export async function GET(request: Request) {
  return backOfficeFile(request, "export", "csv");
}
