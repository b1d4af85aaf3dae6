import { z } from "zod";
import { addArticleReads } from "@/lib/articles/reads";
import { webhookSecretMatches } from "@/lib/outbox/receipts";

export const dynamic = "force-dynamic";

const ZBody = z.object({ counts: z.record(z.string().max(2000), z.number().int().positive().max(1_000_000_000)) });

/**
 * POST /api/internal/reads — the read counts the front server collected since its last flush
 * (scripts/lib/read-counter.mjs): `{ "counts": { "/vi/news/slug": 3, … } }`. Only the front
 * server knows the per-start secret (PAGE_CACHE_PURGE_TOKEN, the purge's), sent as
 * `X-Portal-Token`; anything else is refused.
 */
export async function POST(request: Request) {
  if (!webhookSecretMatches(request.headers.get("x-portal-token"), process.env.PAGE_CACHE_PURGE_TOKEN ?? null)) {
    return Response.json({ error: "unauthorized" }, { status: 401 });
  }
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return Response.json({ error: "invalid body" }, { status: 400 });
  }
  const parsed = ZBody.safeParse(body);
  if (!parsed.success || Object.keys(parsed.data.counts).length > 10_000)
    return Response.json({ error: "invalid counts" }, { status: 400 });
  const articles = await addArticleReads(parsed.data.counts);
  return Response.json({ articles });
}
