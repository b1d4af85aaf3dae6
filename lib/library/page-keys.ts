import type { Tx } from "@/lib/db";

/**
 * The public pages a library item change may alter, as the front server's page keys
 * (scripts/lib/page-html.mjs, pageKeys): the item's own page in every language (it names
 * `library:<id>`), a stored 404 at its address, the library lists and search. Every other item
 * and page stays stored.
 */
export function libraryItemPageKey(id: string): string {
  return `library:${id}`;
}

export function libraryItemPageKeys(id: string): string[] {
  return [libraryItemPageKey(id), "section:library", "missing:library", "search"];
}

/** The keys of the item a file belongs to (read before the file is removed). */
export async function libraryFilePageKeysOf(tx: Pick<Tx, "libraryFile">, fileId: string): Promise<string[]> {
  const file = await tx.libraryFile.findUnique({ where: { id: fileId }, select: { itemId: true } });
  return file ? libraryItemPageKeys(file.itemId) : ["section:library", "search"];
}
