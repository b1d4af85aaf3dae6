import type { OutboxChannel } from "@/lib/generated/prisma/enums";
import type { TOutboxSettings } from "../schema";
import { credential } from "../settings";
import { httpGatewayTransport } from "./http-gateway";
import { logTransport } from "./log";
import { smtpTransport } from "./smtp";
import type { Transport } from "./types";

export { DeliveryError, type Outgoing, type Sent, type Transport } from "./types";

const cache = new Map<OutboxChannel, { signature: string; transport: Transport }>();

/**
 * The transport that carries a channel under the current settings. Kept while the settings
 * stay the same (an SMTP connection pool is reused), rebuilt when an administrator changes them.
 * Throws a retryable DeliveryError when the chosen transport is not configured.
 */
export function transportFor(channel: OutboxChannel, settings: TOutboxSettings): Transport {
  const config = channel === "EMAIL" ? settings.email : channel === "SMS" ? settings.sms : settings.zalo;
  const signature = JSON.stringify(config);
  const cached = cache.get(channel);
  if (cached?.signature === signature) return cached.transport;
  cached?.transport.close?.();
  let transport: Transport;
  if (config.transport === "log") transport = logTransport;
  else if (channel === "EMAIL") transport = smtpTransport(settings.email.smtp, credential("smtpPassword"));
  else if (channel === "SMS") transport = httpGatewayTransport(settings.sms.http, credential("smsAuth"));
  else transport = httpGatewayTransport(settings.zalo.http, credential("zaloAuth"), { templateId: settings.zalo.templateId });
  cache.set(channel, { signature, transport });
  return transport;
}

/** Closes pooled connections (the worker is stopping). */
export function closeTransports(): void {
  for (const { transport } of cache.values()) transport.close?.();
  cache.clear();
}
