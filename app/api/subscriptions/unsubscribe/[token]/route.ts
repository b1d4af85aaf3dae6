import { db } from "@/lib/db";
import { clientIp } from "@/lib/http/client-ip";
import { isLocale } from "@/lib/i18n/config";
import { publicBaseUrl } from "@/lib/outbox/settings";
import { withdrawSubscription } from "@/lib/subscriptions/mutations";
import { verifyToken } from "@/lib/subscriptions/tokens";

/**
 * The List-Unsubscribe address of every e-mail (RFC 8058): a mail program's one-click POST
 * withdraws at once; a person opening it is sent to the personal page (one button there).
 */
export async function POST(request: Request, { params }: RouteContext<"/api/subscriptions/unsubscribe/[token]">) {
  const { token } = await params;
  const done = await withdrawSubscription(token, { ip: clientIp(request.headers) });
  return new Response(null, { status: done ? 204 : 404 });
}

export async function GET(_request: Request, { params }: RouteContext<"/api/subscriptions/unsubscribe/[token]">) {
  const { token } = await params;
  const id = verifyToken("manage", token);
  const subscription = id ? await db.subscription.findUnique({ where: { id }, select: { locale: true } }) : null;
  if (!subscription) return new Response("Not found", { status: 404 });
  const locale = isLocale(subscription.locale) ? subscription.locale : "vi";
  return Response.redirect(`${publicBaseUrl()}/${locale}/subscribe/manage/${token}`, 303);
}
