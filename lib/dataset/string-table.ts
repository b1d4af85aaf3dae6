/**
 * A list of distinct strings, each referred to by its index (-1 = null): how many rows' ids and
 * texts travel, as a few hundred strings and arrays of numbers (the checked rows an import keeps,
 * and what `writeObservations` sends to the database).
 */
export function stringTable() {
  const strings: string[] = [];
  const indexOf = new Map<string, number>();
  const ref = (text: string | null) => {
    if (text === null) return -1;
    let index = indexOf.get(text);
    if (index === undefined) indexOf.set(text, (index = strings.push(text) - 1));
    return index;
  };
  return { strings, ref };
}
