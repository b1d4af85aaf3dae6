import { isLocale, type Locale } from "@/lib/i18n/config";

/** A page's search parameters as Next hands them over. */
export type SearchParams = Record<string, string | string[] | undefined>;

/** The first value of a query parameter (`?a=1&a=2` gives "1"): the editors never take lists. */
export function firstValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** What an editor page reads from its address after a redirect or an upload. */
export type EditorQuery<Done extends string> = {
  /** The language tab shown; anything unknown shows Vietnamese. */
  lang: Locale;
  /** The step just taken (`?done=issued`), only if the page knows it. */
  done: Done | undefined;
  /** `?created=…`: the item was just created. */
  created: boolean;
  error: string | undefined;
  /** The file an upload error is about (several photos at once). */
  file: string | undefined;
  saved: string | undefined;
  /** An upload form's outcome: its error and whether it saved, when `?media=` names that form. */
  upload: (target: string) => { error: string | undefined; saved: boolean };
};

/**
 * Parses an editor's query string once. Every value is untrusted: `lang` and `done` are checked
 * against known lists and anything else is dropped, so a crafted address shows the default page.
 */
export function editorQuery<const Done extends string = never>(query: SearchParams, done: readonly Done[] = []): EditorQuery<Done> {
  const lang = firstValue(query.lang);
  const step = firstValue(query.done);
  const media = firstValue(query.media);
  const error = firstValue(query.error);
  const saved = firstValue(query.saved);
  return {
    lang: isLocale(lang) ? lang : "vi",
    done: done.find((key) => key === step),
    created: Boolean(firstValue(query.created)),
    error,
    file: firstValue(query.file),
    saved,
    upload: (target) => ({ error: media === target ? error : undefined, saved: media === target && saved === "1" }),
  };
}
