import type { NoticeSeverity } from "@/lib/generated/prisma/enums";

/**
 * Each severity has its colour AND its own icon shape AND its words, so it reads without
 * colour (and in print): octagon = extreme, triangle = severe, circle "!" = moderate, circle "i" = minor.
 */
export const SEVERITY_STYLE: Record<NoticeSeverity, { box: string; badge: string }> = {
  EXTREME: { box: "border-red-900 bg-red-100 text-red-950", badge: "bg-red-900 text-white" },
  SEVERE: { box: "border-orange-700 bg-orange-50 text-orange-950", badge: "bg-orange-700 text-white" },
  MODERATE: { box: "border-yellow-600 bg-yellow-50 text-yellow-950", badge: "bg-yellow-300 text-yellow-950" },
  MINOR: { box: "border-sky-700 bg-sky-50 text-sky-950", badge: "bg-sky-700 text-white" },
};

export function SeverityIcon({ severity, className = "h-6 w-6" }: { severity: NoticeSeverity; className?: string }) {
  const common = { className: `${className} shrink-0`, viewBox: "0 0 24 24", "aria-hidden": true, focusable: false } as const;
  if (severity === "EXTREME") {
    return (
      <svg {...common}>
        <polygon points="7,1 17,1 23,7 23,17 17,23 7,23 1,17 1,7" fill="currentColor" />
        <rect x="10.5" y="5" width="3" height="9" fill="#fff" />
        <rect x="10.5" y="16" width="3" height="3" fill="#fff" />
      </svg>
    );
  }
  if (severity === "SEVERE") {
    return (
      <svg {...common}>
        <polygon points="12,1 23,22 1,22" fill="currentColor" />
        <rect x="10.5" y="8" width="3" height="7" fill="#fff" />
        <rect x="10.5" y="17" width="3" height="3" fill="#fff" />
      </svg>
    );
  }
  return (
    <svg {...common}>
      <circle cx="12" cy="12" r="11" fill="currentColor" />
      {severity === "MODERATE" ? (
        <>
          <rect x="10.5" y="5" width="3" height="9" fill="#fff" />
          <rect x="10.5" y="16" width="3" height="3" fill="#fff" />
        </>
      ) : (
        <>
          <rect x="10.5" y="5" width="3" height="3" fill="#fff" />
          <rect x="10.5" y="10" width="3" height="9" fill="#fff" />
        </>
      )}
    </svg>
  );
}

/** The severity in words with its icon and colour. */
export function SeverityBadge({ severity, label }: { severity: NoticeSeverity; label: string }) {
  return (
    <span className={`inline-flex items-center gap-1 rounded px-2 py-0.5 text-sm font-bold ${SEVERITY_STYLE[severity].badge}`}>
      <SeverityIcon severity={severity} className="h-4 w-4" />
      {label}
    </span>
  );
}
