/** One "label: address" pair of a contact list (the footer and /contact), the address a mailto link. */
export function MailEntry({ label, email }: { label: string; email: string }) {
  return (
    <>
      <dt className="font-semibold">{label}</dt>
      <dd>
        <a href={`mailto:${email}`} className="underline">
          {email}
        </a>
      </dd>
    </>
  );
}
