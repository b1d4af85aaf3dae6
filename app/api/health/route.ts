import { readinessResponse } from "@/lib/health/readiness";

export const dynamic = "force-dynamic";

/**
 * For load balancers and monitoring: 200 when this instance is ready to serve (its database
 * answers through the portal's own tables and its migrations are applied), else 503. Checked at
 * most once a second. /api/health/live says only that the process answers; /api/health/ready is
 * this same check.
 */
export function GET() {
  return readinessResponse();
}
