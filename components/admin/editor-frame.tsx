import { PageHeading } from "@/components/ui/page-heading";
import { StatusMessage } from "@/components/ui/status-message";
import { LOCALES, LOCALE_AUTONYMS, type Locale } from "@/lib/i18n/config";

/**
 * The frame every back-office editor shares: the way back to the list, the heading, the banners
 * of what was just done and the box that says what state the item is in and what the viewer may
 * do with it. The page puts its sections after it as children.
 */
export function EditorFrame({
  back,
  title,
  messages,
  state,
  stateClassName = "mt-3 space-y-1 text-sm",
  children,
}: {
  back: { href: string; label: string };
  title: string;
  /** Banners for the step just taken; `false`/`null` entries are skipped so callers can write `done && t(…)`. */
  messages: (string | false | null | undefined)[];
  state: React.ReactNode;
  stateClassName?: string;
  children: React.ReactNode;
}) {
  return (
    <>
      <p>
        <a href={back.href} className="underline">
          ← {back.label}
        </a>
      </p>
      <PageHeading title={title} />
      {messages.map(
        (message, index) =>
          message && (
            <StatusMessage key={index} className="mt-4">
              {message}
            </StatusMessage>
          ),
      )}
      <div className={stateClassName}>{state}</div>
      {children}
    </>
  );
}

/**
 * The text of an item, one tab per portal language (`?lang=…#text`), marking the languages that
 * have no text yet; the tab's form or read-only text is the children.
 */
export function EditorLanguages({
  heading,
  href,
  current,
  present,
  missingLabel,
  children,
}: {
  heading: string;
  /** The editor's own address; the tab adds `?lang=…#text`. */
  href: string;
  current: Locale;
  present: readonly { locale: string }[];
  missingLabel: string;
  children: React.ReactNode;
}) {
  return (
    <section aria-labelledby="text" className="mt-10">
      <h2 id="text" className="text-xl font-bold">
        {heading}
      </h2>
      <nav aria-label={heading} className="mt-2 border-b-2 border-brand-700">
        <ul className="flex flex-wrap gap-1">
          {LOCALES.map((lng) => (
            <li key={lng}>
              <a
                href={`${href}?lang=${lng}#text`}
                aria-current={lng === current ? "page" : undefined}
                className="inline-block rounded-t px-3 py-2 font-medium text-brand-700 hover:bg-brand-50 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white"
              >
                {LOCALE_AUTONYMS[lng]}
                {!present.some((tr) => tr.locale === lng) && <span className="text-sm"> ({missingLabel})</span>}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {children}
    </section>
  );
}
