import type { Instrumentation } from "next";

/**
 * Errors Next.js caught while rendering, in a route handler or a server action: one JSON line
 * each with the request's id (X-Request-Id, from the front server), so the line that says an
 * answer failed and the line that says why are found together.
 */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { log } = await import("@/lib/log/server");
  const reqId = request.headers["x-request-id"];
  log.error(
    {
      err: error,
      reqId: Array.isArray(reqId) ? reqId[0] : reqId,
      method: request.method,
      path: request.path.split("?")[0],
      route: context.routePath,
      routeType: context.routeType,
    },
    "request error",
  );
};
