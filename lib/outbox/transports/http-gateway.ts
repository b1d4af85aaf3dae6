import type { THttpGateway } from "../schema";
import { DeliveryError, type Outgoing, type Transport } from "./types";

/** What `{{placeholders}}` in a gateway's body template stand for. */
export function placeholderValues(message: Outgoing, extra: Record<string, string> = {}): Record<string, string> {
  return {
    to: message.recipient,
    to84: message.recipient.startsWith("0") ? `84${message.recipient.slice(1)}` : message.recipient,
    text: message.rendered.text,
    subject: message.rendered.subject,
    reference: message.id,
    key: message.idempotencyKey,
    ...extra,
  };
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => values[name] ?? whole);
}

/** Fills the template value by value (never by pasting text into JSON), so no text can break it. */
function fillJson(node: unknown, values: Record<string, string>): unknown {
  if (typeof node === "string") return fill(node, values);
  if (Array.isArray(node)) return node.map((item) => fillJson(item, values));
  if (node && typeof node === "object") return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, fillJson(v, values)]));
  return node;
}

/** The request body for one message; throws when the template itself is not valid. */
export function gatewayBody(gateway: THttpGateway, values: Record<string, string>): { body: string; contentType: string } {
  if (gateway.format === "form") {
    const params = new URLSearchParams(gateway.bodyTemplate);
    const filled = new URLSearchParams();
    for (const [key, value] of params) filled.append(key, fill(value, values));
    return { body: filled.toString(), contentType: "application/x-www-form-urlencoded" };
  }
  return { body: JSON.stringify(fillJson(JSON.parse(gateway.bodyTemplate), values)), contentType: "application/json" };
}

function pick(json: unknown, path: string): string | null {
  let node = json;
  for (const part of path.split(".").filter(Boolean)) {
    if (!node || typeof node !== "object") return null;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "string" || typeof node === "number" ? String(node) : null;
}

/** Retry-After in seconds or as an HTTP date; a 429 without it waits 30 s. */
function retryAfterMs(header: string | null): number {
  if (header && /^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const date = header ? Date.parse(header) : NaN;
  return Number.isFinite(date) ? Math.max(1000, date - Date.now()) : 30_000;
}

/**
 * A provider reached over HTTP: an SMS gateway, or Zalo OA template messages (ZNS) — the same
 * shape, configured per channel. The idempotency key goes along (`Idempotency-Key`, and
 * `{{key}}` / `{{reference}}` for the body) so a gateway can drop a resend after a crash.
 * 2xx = accepted; 429 = the channel waits as asked; 5xx, 408, a timeout or a network error =
 * try again later; any other answer = refused for good.
 */
export function httpGatewayTransport(gateway: THttpGateway, auth: string | null, extra: Record<string, string> = {}): Transport {
  if (!gateway.url) throw new DeliveryError("The gateway address is not configured", true);
  const url = gateway.url;
  return {
    name: "http",
    async send(message) {
      const { body, contentType } = gatewayBody(gateway, placeholderValues(message, extra));
      const headers: Record<string, string> = { "content-type": contentType, "idempotency-key": message.idempotencyKey };
      if (auth && gateway.authHeader) headers[gateway.authHeader] = auth;
      let response: Response;
      try {
        response = await fetch(url, { method: "POST", headers, body, signal: AbortSignal.timeout(gateway.timeoutSeconds * 1000) });
      } catch (error) {
        const name = (error as Error).name;
        throw new DeliveryError(
          name === "TimeoutError" ? `No answer within ${gateway.timeoutSeconds} s` : `Network error: ${(error as Error).message}`,
          true,
        );
      }
      const text = (await response.text().catch(() => "")).slice(0, 2000);
      if (response.status === 429)
        throw new DeliveryError(`HTTP 429: ${text.slice(0, 300)}`, true, 429, retryAfterMs(response.headers.get("retry-after")));
      if (!response.ok) {
        const retryable = response.status >= 500 || response.status === 408;
        throw new DeliveryError(`HTTP ${response.status}: ${text.slice(0, 300)}`, retryable, response.status);
      }
      let json: unknown = null;
      try {
        json = JSON.parse(text);
      } catch {
        // A gateway that answers plain text: accepted, without an id for receipts.
      }
      return { providerId: pick(json, gateway.providerIdField), status: response.status };
    },
  };
}
