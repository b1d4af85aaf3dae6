import { internationalPhone, normalizeVietnamesePhone } from "@/lib/text/phone";

/** A phone number as a tap-to-call link (tel:), shown as written. */
export function TelLink({ phone, className = "underline", children }: { phone: string; className?: string; children?: React.ReactNode }) {
  const national = normalizeVietnamesePhone(phone);
  const href = `tel:${national ? internationalPhone(national) : phone.replace(/[^0-9+]/g, "")}`;
  return (
    <a href={href} className={className}>
      {children ?? phone}
    </a>
  );
}
