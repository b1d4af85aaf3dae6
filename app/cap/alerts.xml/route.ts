import { capAlertsFeed } from "@/lib/notices/feed";

export const dynamic = "force-dynamic";

/** Atom feed of the alerts in force, each entry linking its CAP 1.2 document. */
export async function GET() {
  return capAlertsFeed();
}
