import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";

/**
 * Chooses the reader's commune once: a plain form posting to /preferences/commune, which saves
 * it in a cookie and sends the reader back. Works without JavaScript.
 */
export function CommuneChooser({
  locale,
  path,
  communes,
  current,
}: {
  locale: Locale;
  path: string;
  communes: { slug: string; fullName: string }[];
  current: { slug: string; fullName: string } | null;
}) {
  const t = getT(locale, "notices");
  return (
    <form
      id="commune-choice"
      method="post"
      action="/preferences/commune"
      aria-label={t("chooser.label")}
      className="no-print mt-4 rounded border-2 border-brand-100 p-3"
    >
      <p>{current ? t("chooser.current", { commune: current.fullName }) : t("chooser.none")}</p>
      <input type="hidden" name="next" value={path} />
      <div className="mt-2 flex flex-wrap items-end gap-3">
        <label className="block text-sm font-semibold">
          {t("chooser.label")}
          <select
            name="commune"
            defaultValue={current?.slug ?? ""}
            className="mt-1 block min-h-11 rounded border-2 border-gray-500 bg-white px-2"
          >
            <option value="">{t("chooser.placeholder")}</option>
            {communes.map((commune) => (
              <option key={commune.slug} value={commune.slug}>
                {commune.fullName}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="min-h-11 cursor-pointer rounded bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800">
          {t("chooser.submit")}
        </button>
      </div>
    </form>
  );
}
