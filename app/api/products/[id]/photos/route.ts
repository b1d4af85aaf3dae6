import { headers } from "next/headers";
import { getViewer } from "@/lib/auth/session";
import { clientIp } from "@/lib/http/client-ip";
import { uploadRoute } from "@/lib/storage/receive";
import { photoUploadResponse } from "@/lib/products/upload-response";
import { addPhotosFromUpload } from "@/lib/products/upload";

/**
 * Photo uploads for the product editor: a plain multipart form (several files at once) that
 * works without JavaScript, streamed to disk (lib/storage/receive.ts); redirects back to the
 * editor, which shows the outcome next to the field.
 */
export async function POST(request: Request, { params }: RouteContext<"/api/products/[id]/photos">) {
  return uploadRoute(async () => {
    const { id } = await params;
    const result = await addPhotosFromUpload({
      request,
      owner: { productId: id },
      viewer: await getViewer(),
      ip: clientIp(await headers()),
    });
    return photoUploadResponse(result, `/admin/products/${encodeURIComponent(id)}`);
  });
}
