/**
 * True on a real deployment: NODE_ENV=production and not the demo that `npm start` runs.
 * Decides Secure cookies and whether demo users may be created.
 */
export function isProductionDeployment(): boolean {
  return process.env.NODE_ENV === "production" && process.env.PORTAL_DEMO !== "1";
}

/** The secret that signs sessions. Required; `npm start` generates one for the demo. */
export function authSecret(): string {
  const secret = process.env.AUTH_SECRET;
  if (!secret || secret.length < 32) {
    throw new Error("AUTH_SECRET must be set to a random string of at least 32 characters.");
  }
  return secret;
}
