import { getViewer } from "@/lib/auth/session";
import { getRequestLocale, getT } from "@/lib/i18n/server";
import { getSiteIdentity } from "@/lib/settings/queries";
import { certificatePdf } from "@/lib/training/certificate";
import { getTrainingCourse } from "@/lib/training/queries";
import { isTrained } from "@/lib/training/trained";

/**
 * A participant's certificate as a PDF: only for those who may see the course (a cadre: their
 * commune's) and only once the participant has completed it.
 */
export async function GET(_request: Request, { params }: RouteContext<"/admin/training/[id]/certificate/[participantId]">) {
  const { id, participantId } = await params;
  const viewer = await getViewer();
  if (!viewer) return new Response("Unauthorized", { status: 401 });
  const course = await getTrainingCourse(viewer, id);
  const participant = course?.participants.find((p) => p.id === participantId);
  if (!course || !participant) return new Response("Not found", { status: 404 });
  const locale = await getRequestLocale();
  if (
    !isTrained(
      participant,
      course.sessions.map((s) => s.id),
    )
  ) {
    return new Response(getT(locale, "training")("errors.notTrained"), {
      status: 409,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
  const identity = await getSiteIdentity("vi");
  const { bytes, fileName } = await certificatePdf({
    course,
    participantId,
    agencyName: identity.agencyName,
    provinceName: "Tuyên Quang",
    locale: "vi",
  });
  return new Response(Buffer.from(bytes), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": `attachment; filename="${fileName}"`,
      "cache-control": "private, no-store",
    },
  });
}
