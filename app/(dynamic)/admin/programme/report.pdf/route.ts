import { reportResponse } from "@/lib/programme/report-response";

/** The periodic report for a quarter (`?year=&q=`) as a PDF. */
export async function GET(request: Request) {
  return reportResponse(request, "pdf");
}
