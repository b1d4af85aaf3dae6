import type { LegalDocumentStatus } from "@/lib/generated/prisma/enums";

const STYLE: Record<LegalDocumentStatus, string> = {
  IN_FORCE: "border-green-700 bg-green-50 text-green-900",
  AMENDED: "border-amber-600 bg-amber-50 text-amber-900",
  REPLACED: "border-gray-600 bg-gray-100 text-gray-900",
  EXPIRED: "border-gray-600 bg-gray-100 text-gray-900",
};

/** A document's status in words (never by colour alone). */
export function DocumentStatus({ status, label }: { status: LegalDocumentStatus; label: string }) {
  return <span className={`inline-block rounded border px-2 text-sm font-semibold ${STYLE[status]}`}>{label}</span>;
}
