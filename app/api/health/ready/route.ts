import { readinessResponse } from "@/lib/health/readiness";

export const dynamic = "force-dynamic";

/** Readiness: database reachable through the portal's tables, migrations applied (cached 1 s). */
export function GET() {
  return readinessResponse();
}
