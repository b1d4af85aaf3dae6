import Link from "next/link";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { buildDataView, notesOf } from "@/lib/dataset/public-view";
import { getPublicDataset, getReference } from "@/lib/dataset/queries";
import { localePath } from "@/lib/navigation";

/** A commune's key figures on its page: the same published (suppressed) values as /data. */
export async function CommuneKeyFigures({ locale, slug }: { locale: Locale; slug: string }) {
  const [dataset, reference] = await Promise.all([getPublicDataset(), getReference()]);
  const view = buildDataView({ dataset, reference, locale, communeSlug: slug });
  if (!view?.commune) return null;
  const t = getT(locale, "dataset");
  const figures = view.keyFigures.filter((figure) => figure.cell.value !== null || figure.cell.suppressed);
  if (figures.length === 0) return null;
  return (
    <section aria-labelledby="key-figures" className="mt-6">
      <h2 id="key-figures" className="text-xl font-bold">
        {t("public.keyFiguresYear", { year: view.year })}
      </h2>
      <dl className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        {figures.map((figure) => (
          <div key={figure.label} className="rounded-lg border-2 border-brand-100 p-3">
            <dt className="text-sm">{figure.label}</dt>
            <dd className="text-2xl font-bold text-brand-800 tabular-nums">{figure.cell.text}</dd>
          </div>
        ))}
      </dl>
      {notesOf(
        { id: "key-figures", title: "", rowHeading: "", columns: [], rows: [{ label: "", cells: figures.map((figure) => figure.cell) }] },
        locale,
      ).map((note) => (
        <p key={note} className="mt-2 text-sm">
          {note}
        </p>
      ))}
      <p className="mt-2">
        <Link href={`${localePath(locale, "data")}?commune=${slug}`} prefetch={false} className="font-medium text-brand-700 underline">
          {t("public.seeAll")}
        </Link>
      </p>
    </section>
  );
}
