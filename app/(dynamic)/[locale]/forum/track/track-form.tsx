import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { localePath } from "@/lib/navigation";

/** The "enter your code" form: a GET form to /forum/track, which sends the reader to the code's page. */
export function TrackForm({ locale, value, error }: { locale: Locale; value?: string; error?: boolean }) {
  const t = getT(locale, "forum");
  return (
    <form method="get" action={localePath(locale, "forum/track")} className="mt-4 flex flex-wrap items-end gap-3">
      <label className="block font-semibold">
        {t("track.code")}
        <input
          name="code"
          defaultValue={value ?? ""}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={20}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "code-error" : undefined}
          className="mt-1 block min-h-11 w-48 rounded border-2 border-gray-500 bg-white px-3 font-mono text-lg uppercase tracking-widest"
        />
      </label>
      <button type="submit" className="min-h-11 cursor-pointer rounded bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800">
        {t("track.submit")}
      </button>
      {error && (
        <p id="code-error" role="alert" className="basis-full font-semibold text-accent-700">
          {t("track.notFound")}
        </p>
      )}
    </form>
  );
}
