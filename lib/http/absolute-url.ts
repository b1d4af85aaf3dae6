/**
 * The portal's public origin, for every absolute link (canonical and alternate links, Open
 * Graph, feeds, CAP alerts, share links, sitemap): PUBLIC_URL, which `npm start` sets to the
 * listening address in demo mode. Never the Host or X-Forwarded-Host of a request: a page or a
 * feed built from those would carry a visitor's host to every reader of the stored copy.
 * (Async for the callers written when it read the request; it no longer does.)
 */
export async function publicOrigin(): Promise<string> {
  return configuredOrigin();
}

export function configuredOrigin(): string {
  const configured = process.env.PUBLIC_URL || `http://localhost:${process.env.PORT ?? 3000}`;
  return new URL(configured).origin;
}
