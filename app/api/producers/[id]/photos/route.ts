import { headers } from "next/headers";
import { getViewer } from "@/lib/auth/session";
import { clientIp } from "@/lib/http/client-ip";
import { uploadRoute } from "@/lib/storage/receive";
import { photoUploadResponse } from "@/lib/products/upload-response";
import { addPhotosFromUpload } from "@/lib/products/upload";

/** Photo uploads for the producer editor (see the product route). */
export async function POST(request: Request, { params }: RouteContext<"/api/producers/[id]/photos">) {
  return uploadRoute(async () => {
    const { id } = await params;
    const result = await addPhotosFromUpload({
      request,
      owner: { producerId: id },
      viewer: await getViewer(),
      ip: clientIp(await headers()),
    });
    return photoUploadResponse(result, `/admin/producers/${encodeURIComponent(id)}`);
  });
}
