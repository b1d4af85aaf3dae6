import type { ArticleKind, ArticleState } from "@/lib/generated/prisma/enums";
import { db } from "../helpers";

let counter = 0;

/** An article written straight into the database, for arranging a test. */
export async function makeArticle(input: {
  kind: ArticleKind;
  state?: ArticleState;
  communeId?: string | null;
  authorId?: string | null;
  title?: string;
  publishAt?: Date | null;
  body?: string;
}) {
  counter++;
  const title = input.title ?? `Bài thử ${counter}`;
  const published = input.state === "PUBLISHED" || input.state === "WITHDRAWN";
  const publishAt = input.publishAt ?? (published ? new Date(Date.now() - 60_000) : null);
  return db.article.create({
    data: {
      kind: input.kind,
      state: input.state ?? "DRAFT",
      communeId: input.communeId ?? null,
      authorId: input.authorId ?? null,
      publishAt,
      firstPublishedAt: published ? publishAt : null,
      translations: {
        create: { locale: "vi", title, slug: `bai-thu-${counter}-${Date.now()}`, summary: "Tóm tắt", body: input.body ?? "Nội dung" },
      },
    },
  });
}
