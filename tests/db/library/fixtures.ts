import type { LibraryItemState } from "@/lib/generated/prisma/enums";
import { db } from "../helpers";

/** A library item by `authorId` in `state`, with its Vietnamese text and (unless told) one file row. */
export async function makeLibraryItem(input: {
  authorId: string | null;
  state?: LibraryItemState;
  access?: "PUBLIC" | "COMMUNITY";
  withFile?: boolean;
}) {
  const item = await db.libraryItem.create({
    data: {
      type: "AUDIO",
      topic: "LANGUAGE",
      access: input.access ?? "PUBLIC",
      accessNote: input.access === "COMMUNITY" ? "Cộng đồng đề nghị" : null,
      state: input.state ?? "DRAFT",
      itemLanguages: ["tyz"],
      authorId: input.authorId,
      publishedAt: input.state === "PUBLISHED" ? new Date() : null,
      translations: { create: { locale: "vi", title: "Bản ghi thử", description: "Mô tả" } },
    },
  });
  if (input.withFile !== false) {
    const media = await db.mediaFile.create({
      data: { kind: "AUDIO", mimeType: "audio/wav", storageKey: `library/test/${item.id}.wav`, size: 100 },
    });
    await db.libraryFile.create({ data: { itemId: item.id, mediaId: media.id, durationSeconds: 2 } });
  }
  return item;
}
