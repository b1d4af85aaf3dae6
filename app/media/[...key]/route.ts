import { serveStoredFile } from "@/lib/storage/serve";

/** Uploaded media (images, audio), outside the locale tree; the front server passes it through. */
export async function GET(request: Request, { params }: RouteContext<"/media/[...key]">) {
  const { key } = await params;
  return serveStoredFile(request, key.join("/"));
}

export const HEAD = GET;
