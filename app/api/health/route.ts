import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

const TIMEOUT_MS = 3000;

/** For load balancers and monitoring: 200 when the portal can reach its database, else 503. */
export async function GET() {
  try {
    await Promise.race([
      db.$queryRaw`SELECT 1`,
      new Promise((_, reject) => setTimeout(() => reject(Object.assign(new Error("timeout"), { code: "TIMEOUT" })), TIMEOUT_MS)),
    ]);
    return Response.json({ status: "ok", database: "ok" }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    // A code, not the driver's message: the message may name hosts and users.
    const code = (error as { code?: unknown })?.code;
    return Response.json(
      { status: "error", database: "unreachable", reason: typeof code === "string" ? code : "error" },
      { status: 503, headers: { "Cache-Control": "no-store" } },
    );
  }
}
