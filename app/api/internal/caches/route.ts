import { webhookSecretMatches } from "@/lib/outbox/receipts";

export const dynamic = "force-dynamic";

type CacheStats = { entries: number; bytes: number; renders: number; renderBytes: number };

/**
 * GET /api/internal/caches — what this Next.js process holds in memory: the data cache's reads
 * and the stored renders (lib/cache/memory-cache-handler.cjs), entries and bytes, for the front
 * server's metrics (scripts/lib/metrics.mjs). Only the front server knows the per-start secret
 * (PAGE_CACHE_PURGE_TOKEN), sent as `X-Portal-Token`.
 */
export function GET(request: Request) {
  if (!webhookSecretMatches(request.headers.get("x-portal-token"), process.env.PAGE_CACHE_PURGE_TOKEN ?? null)) {
    return Response.json({ error: "unauthorized" }, { status: 401 });
  }
  const stats = (globalThis as { portalCacheStats?: () => CacheStats }).portalCacheStats;
  return Response.json(stats ? stats() : { entries: 0, bytes: 0, renders: 0, renderBytes: 0 });
}
