// Content-Security-Policy and the other security headers, shared by next.config.ts, the proxy
// (pages rendered per request, with a nonce) and the front server (public pages served as
// plain HTML, with no inline script at all).

const COMMON = [
  "default-src 'self'",
  "style-src 'self' 'unsafe-inline'", // React renders `style` props; style cannot run code
  "img-src 'self' data: blob:",
  "media-src 'self' blob:",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

/**
 * The policy for a page: with a nonce, scripts run only with it (Next.js adds it to its own
 * scripts); with `null`, only script files from the portal itself run — what public pages get
 * once the front server has removed the framework's scripts.
 * @param {string | null} nonce
 * @param {boolean} development
 */
export function contentSecurityPolicy(nonce, development) {
  const scripts = nonce ? `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}` : "script-src 'self'";
  return [...COMMON, scripts, `connect-src 'self'${development ? " ws:" : ""}`].join("; ");
}

/** Headers every response carries. */
export const SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];
