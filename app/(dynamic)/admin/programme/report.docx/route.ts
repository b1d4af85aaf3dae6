import { reportResponse } from "@/lib/programme/report-response";

/** The periodic report for a quarter (`?year=&q=`) as a DOCX. */
export async function GET(request: Request) {
  return reportResponse(request, "docx");
}
