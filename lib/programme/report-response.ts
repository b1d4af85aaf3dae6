import "server-only";
import { can } from "@/lib/auth/permissions";
import { getViewer } from "@/lib/auth/session";
import { formFields } from "@/lib/http/form-fields";
import { periodFrom } from "./period";
import { reportContent } from "./report-content";
import { reportDocx } from "./report-docx";
import { reportPdf } from "./report-pdf";

const TYPES = { docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", pdf: "application/pdf" } as const;

/** The periodic report for the quarter in the address (`?year=&q=`), for those who may see the programme. */
export async function reportResponse(request: Request, format: keyof typeof TYPES): Promise<Response> {
  const viewer = await getViewer();
  if (!viewer) return new Response("Unauthorized", { status: 401 });
  if (!can(viewer, "programme.view")) return new Response("Forbidden", { status: 403 });
  const query = formFields(new URL(request.url).searchParams);
  if (!query.ok) return new Response("Bad request", { status: 400 });
  const content = await reportContent(periodFrom(query.fields));
  const bytes = format === "docx" ? await reportDocx(content) : await reportPdf(content);
  return new Response(new Uint8Array(bytes), {
    headers: {
      "content-type": TYPES[format],
      "content-disposition": `attachment; filename="${content.fileName}.${format}"`,
      "cache-control": "private, no-store",
    },
  });
}
