export const dynamic = "force-dynamic";

/** Liveness: the process answers. No database: a database outage must not get instances restarted. */
export function GET() {
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
