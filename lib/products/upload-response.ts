/** The answer to a photo upload: 403, or a redirect back to the editor with the outcome in the address. */
export function photoUploadResponse(result: { outcome: string; file?: string }, editor: string): Response {
  if (result.outcome === "forbidden") return new Response("Forbidden", { status: 403 });
  const query = new URLSearchParams(
    result.outcome === "ok" ? { saved: "1" } : { error: result.outcome, ...(result.file ? { file: result.file.slice(0, 120) } : {}) },
  );
  // A relative address: the portal sits behind the front server, whose host Next.js does not see.
  return new Response(null, { status: 303, headers: { location: `${editor}?${query}#photos` } });
}
