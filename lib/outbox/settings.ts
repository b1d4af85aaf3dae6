import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { OUTBOX_SETTINGS_KEY, ZOutboxSettings, type TOutboxSettings } from "./schema";

/**
 * The outbox settings as stored (defaults filled in). Read by the worker on every pass, so an
 * administrator's change applies within a second, on every instance, with no restart.
 */
export async function loadOutboxSettings(db: PrismaClient | Tx): Promise<TOutboxSettings> {
  const row = await db.setting.findUnique({ where: { key: OUTBOX_SETTINGS_KEY } });
  const parsed = ZOutboxSettings.safeParse(row?.value ?? {});
  return parsed.success ? parsed.data : ZOutboxSettings.parse({});
}

/**
 * Credentials never live in the database (a copy of it, a backup or the back office would
 * leak them): they come from the environment of the portal's processes.
 */
export const CREDENTIAL_ENV = {
  smtpPassword: "OUTBOX_SMTP_PASSWORD",
  smsAuth: "OUTBOX_SMS_AUTH",
  zaloAuth: "OUTBOX_ZALO_AUTH",
  webhookSecret: "OUTBOX_WEBHOOK_SECRET",
} as const;

export function credential(name: keyof typeof CREDENTIAL_ENV): string | null {
  return process.env[CREDENTIAL_ENV[name]] || null;
}

/**
 * The portal's public address for links in messages. Never taken from a request (a visitor must
 * not decide where a link in someone's mail points): PUBLIC_URL, else the address `npm start`
 * serves on (NEXTAUTH_URL).
 */
export function publicBaseUrl(): string {
  const base = process.env.PUBLIC_URL || process.env.NEXTAUTH_URL || `http://localhost:${process.env.PORT ?? 3000}`;
  return base.replace(/\/+$/, "");
}
