import { createHash } from "node:crypto";
import nodemailer from "nodemailer";
import type { TSmtp } from "../schema";
import { DeliveryError, type Transport } from "./types";

/** Transient SMTP failures (4xx replies) and network errors are retried; 5xx replies are final. */
function classify(error: unknown): DeliveryError {
  const e = error as { responseCode?: number; code?: string; message?: string };
  const message = (e.message ?? String(error)).slice(0, 500);
  if (typeof e.responseCode === "number") return new DeliveryError(message, e.responseCode < 500, e.responseCode);
  return new DeliveryError(message, true);
}

/**
 * E-mail over SMTP (nodemailer). The Message-ID is derived from the idempotency key, so a
 * message resent after a crash carries the same id (mail programs show it once), and every
 * message with an unsubscribe link offers one-click unsubscribe (RFC 8058).
 */
export function smtpTransport(smtp: TSmtp, password: string | null): Transport {
  if (!smtp.host || !smtp.from) throw new DeliveryError("SMTP is not configured (host and sender)", true);
  const mailer = nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    auth: smtp.user ? { user: smtp.user, pass: password ?? "" } : undefined,
    connectionTimeout: smtp.timeoutSeconds * 1000,
    greetingTimeout: smtp.timeoutSeconds * 1000,
    socketTimeout: smtp.timeoutSeconds * 1000,
  });
  const domain = smtp.from.split("@").pop()?.replace(/[>\s]/g, "") || "localhost";
  return {
    name: "smtp",
    async send(message) {
      const messageId = `<${createHash("sha256").update(message.idempotencyKey).digest("hex").slice(0, 40)}@${domain}>`;
      const unsubscribe = message.rendered.unsubscribeUrl;
      try {
        const info = await mailer.sendMail({
          from: smtp.from!,
          to: message.recipient,
          subject: message.rendered.subject,
          text: message.rendered.text,
          messageId,
          headers: unsubscribe
            ? { "List-Unsubscribe": `<${unsubscribe}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" }
            : undefined,
        });
        return { providerId: info.messageId ?? messageId, status: 250 };
      } catch (error) {
        throw classify(error);
      }
    },
    close: () => mailer.close(),
  };
}
