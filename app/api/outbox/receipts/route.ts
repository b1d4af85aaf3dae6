import { z } from "zod";
import { db } from "@/lib/db";
import { applyReceipts, webhookSecretMatches, ZReceipt } from "@/lib/outbox/receipts";
import { credential } from "@/lib/outbox/settings";

export const dynamic = "force-dynamic";

const ZBody = z.union([ZReceipt, z.array(ZReceipt).max(1000)]);

/** Form posts name the fields the way many gateways do. */
function fromForm(form: URLSearchParams) {
  return {
    reference: form.get("reference") ?? form.get("ref") ?? undefined,
    providerId: form.get("providerId") ?? form.get("id") ?? form.get("msgid") ?? undefined,
    status: form.get("status") ?? form.get("stat") ?? "",
    error: form.get("error") ?? undefined,
  };
}

/**
 * POST /api/outbox/receipts — delivery receipts from the SMS and Zalo gateways (JSON: one receipt
 * or a list; or a form post). The gateway proves itself with the shared secret
 * (OUTBOX_WEBHOOK_SECRET) in the `X-Webhook-Secret` header or, for gateways that can only be
 * given a URL, a `secret` query parameter. Nothing is accepted while no secret is configured.
 */
export async function POST(request: Request) {
  const url = new URL(request.url);
  const given = request.headers.get("x-webhook-secret") ?? url.searchParams.get("secret");
  if (!webhookSecretMatches(given, credential("webhookSecret"))) return Response.json({ error: "unauthorized" }, { status: 401 });
  const type = request.headers.get("content-type") ?? "";
  let body: unknown;
  try {
    body = type.includes("application/x-www-form-urlencoded") ? fromForm(new URLSearchParams(await request.text())) : await request.json();
  } catch {
    return Response.json({ error: "invalid body" }, { status: 400 });
  }
  const parsed = ZBody.safeParse(body);
  if (!parsed.success) return Response.json({ error: "invalid receipt" }, { status: 400 });
  const updated = await applyReceipts(db, Array.isArray(parsed.data) ? parsed.data : [parsed.data]);
  return Response.json({ updated });
}
