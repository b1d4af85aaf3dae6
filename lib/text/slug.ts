import { AppError } from "@/lib/errors";

/** Vietnamese text without diacritics, lower-cased: "Sán Chay" → "san chay". */
export function foldVietnamese(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Mn}/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase();
}

/** A URL slug: "Thôn Nà Héc" → "thon-na-hec". */
export function slugify(text: string): string {
  return foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);
}

/**
 * The slug to store: the one typed (refused with `conflict` on the slug field when another row
 * has it), else the current one (a published address does not change by itself), else one made
 * from `name` (or `fallback` when the name makes none), made unique with -2, -3…
 */
export async function chooseSlug(
  taken: (slug: string) => Promise<boolean>,
  input: { slug: string | null; name: string; current?: string },
  { fallback, takenMessage }: { fallback: string; takenMessage: string },
): Promise<string> {
  if (input.slug) {
    if (input.slug !== input.current && (await taken(input.slug))) throw new AppError("conflict", takenMessage, undefined, "slug");
    return input.slug;
  }
  if (input.current) return input.current;
  const base = slugify(input.name) || fallback;
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (!(await taken(candidate))) return candidate;
  }
}
