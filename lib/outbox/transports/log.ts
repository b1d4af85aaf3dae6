import type { Transport } from "./types";

/**
 * The demo transport: nothing leaves the portal. The worker keeps the rendered text on the
 * message, and the back office shows it (/admin/outbox/log), so a newcomer sees the whole
 * flow work without any provider.
 */
export const logTransport: Transport = {
  name: "log",
  send: async () => ({ providerId: null }),
};
