import "server-only";
import { headers } from "next/headers";
import type { Logger } from "pino";
import { createLogger } from "./index.mjs";

/** The Next.js process's log (lib/log/index.mjs): JSON lines the start script passes on as they are. */
export const log: Logger = createLogger("next");

/**
 * The log for what the current request does: its lines carry the request's id (X-Request-Id,
 * given by the front server), so they join the front server's line for the same answer.
 * Outside a request (a periodic task, a build) it is the process's log.
 */
export async function requestLog(): Promise<Logger> {
  try {
    const id = (await headers()).get("x-request-id");
    return id ? log.child({ reqId: id }) : log;
  } catch {
    return log;
  }
}
