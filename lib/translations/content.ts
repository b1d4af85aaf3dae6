import "server-only";
import { chooseArticleSlug } from "@/lib/articles/load";
import { ARTICLES_TAG } from "@/lib/articles/tags";
import { db, type Tx } from "@/lib/db";
import type { TranslatableKind } from "@/lib/generated/prisma/enums";
import { LIBRARY_TAG } from "@/lib/library/tags";
import { NOTICES_TAG } from "@/lib/notices/tags";
import { PRODUCTS_TAG } from "@/lib/products/tags";
import { slugify } from "@/lib/text/slug";
import { sourceHash } from "./checks";

// Each kind of content the workbench translates: its fields (as its own editor names them),
// where its Vietnamese text is, and how an approved translation goes live (a row of the
// content's own translation table, which its public pages already show).

export const TRANSLATABLE_KINDS = ["NOTICE", "ARTICLE", "PRODUCT", "LIBRARY_ITEM"] as const satisfies readonly TranslatableKind[];

/** The fields of each kind, in editor order; `long` fields are Markdown or paragraphs. */
export const CONTENT_FIELDS: Record<TranslatableKind, readonly { name: string; long: boolean; required: boolean }[]> = {
  ARTICLE: [
    { name: "title", long: false, required: true },
    { name: "summary", long: false, required: true },
    { name: "body", long: true, required: true },
  ],
  NOTICE: [
    { name: "headline", long: false, required: true },
    { name: "description", long: true, required: true },
    { name: "instruction", long: true, required: true },
  ],
  PRODUCT: [
    { name: "name", long: false, required: true },
    { name: "description", long: true, required: true },
  ],
  LIBRARY_ITEM: [
    { name: "title", long: false, required: true },
    { name: "description", long: true, required: true },
  ],
};

export type ContentFields = Record<string, string>;
export type ContentSource = {
  kind: TranslatableKind;
  id: string;
  fields: ContentFields;
  updatedAt: Date;
  hash: string;
  published: boolean;
};

/** The hash of a source's fields: any change of the Vietnamese text changes it. */
export function fieldsHash(kind: TranslatableKind, fields: ContentFields): string {
  return sourceHash(CONTENT_FIELDS[kind].map((field) => fields[field.name] ?? "").join("\u241E"));
}

function pick(kind: TranslatableKind, row: Record<string, unknown>): ContentFields {
  return Object.fromEntries(CONTENT_FIELDS[kind].map((field) => [field.name, String(row[field.name] ?? "")]));
}

/**
 * The Vietnamese text of one published item, or null (unknown, unpublished, deleted: nothing
 * to translate). `client` may be a transaction.
 */
export async function loadSource(kind: TranslatableKind, id: string, client: Tx | typeof db = db): Promise<ContentSource | null> {
  const now = new Date();
  let row: { published: boolean; vi: (Record<string, unknown> & { updatedAt: Date }) | undefined } | null = null;
  if (kind === "ARTICLE") {
    const a = await client.article.findUnique({
      where: { id },
      select: { state: true, publishAt: true, deletedAt: true, translations: { where: { locale: "vi" } } },
    });
    if (a)
      row = { published: a.state === "PUBLISHED" && !a.deletedAt && a.publishAt !== null && a.publishAt <= now, vi: a.translations[0] };
  } else if (kind === "NOTICE") {
    const n = await client.notice.findUnique({
      where: { id },
      select: { state: true, expiresAt: true, translations: { where: { locale: "vi" } } },
    });
    if (n) row = { published: n.state === "ISSUED", vi: n.translations[0] };
  } else if (kind === "PRODUCT") {
    const p = await client.product.findUnique({ where: { id }, select: { published: true, translations: { where: { locale: "vi" } } } });
    if (p) row = { published: p.published, vi: p.translations[0] };
  } else {
    const l = await client.libraryItem.findUnique({ where: { id }, select: { state: true, translations: { where: { locale: "vi" } } } });
    if (l) row = { published: l.state === "PUBLISHED", vi: l.translations[0] };
  }
  if (!row?.vi) return null;
  const fields = pick(kind, row.vi);
  return { kind, id, fields, updatedAt: row.vi.updatedAt, hash: fieldsHash(kind, fields), published: row.published };
}

/** The cache tag of a kind's public reads. */
export function tagOf(kind: TranslatableKind): string {
  return { ARTICLE: ARTICLES_TAG, NOTICE: NOTICES_TAG, PRODUCT: PRODUCTS_TAG, LIBRARY_ITEM: LIBRARY_TAG }[kind];
}

/**
 * Puts an approved translation live: the content's own row for that language, which its public
 * pages already pick for a reader of that language (lib/i18n/pick-translation.ts).
 */
export async function applyApproved(
  tx: Tx,
  input: { kind: TranslatableKind; id: string; locale: string; fields: ContentFields; audioId: string | null; translator: string },
): Promise<void> {
  const { kind, id, locale, fields, audioId } = input;
  if (kind === "ARTICLE") {
    const current = await tx.articleTranslation.findUnique({
      where: { articleId_locale: { articleId: id, locale } },
      select: { id: true, slug: true },
    });
    const slug = current?.slug ?? (await chooseArticleSlug(tx, { slug: null, title: `${fields.title} ${locale}` }));
    const data = { title: fields.title!, summary: fields.summary!, body: fields.body!, translator: input.translator, audioId };
    await tx.articleTranslation.upsert({
      where: { articleId_locale: { articleId: id, locale } },
      create: { articleId: id, locale, slug, ...data },
      update: data,
    });
  } else if (kind === "NOTICE") {
    const data = { headline: fields.headline!, description: fields.description!, instruction: fields.instruction!, audioId };
    await tx.noticeTranslation.upsert({
      where: { noticeId_locale: { noticeId: id, locale } },
      create: { noticeId: id, locale, ...data },
      update: data,
    });
  } else if (kind === "PRODUCT") {
    const current = await tx.productTranslation.findUnique({
      where: { productId_locale: { productId: id, locale } },
      select: { slug: true },
    });
    let slug = current?.slug;
    for (let n = 1; !slug; n++) {
      const candidate = `${slugify(fields.name!) || "san-pham"}-${locale}${n > 1 ? `-${n}` : ""}`;
      if (!(await tx.productTranslation.count({ where: { slug: candidate } }))) slug = candidate;
    }
    const data = { name: fields.name!, description: fields.description!, audioId };
    await tx.productTranslation.upsert({
      where: { productId_locale: { productId: id, locale } },
      create: { productId: id, locale, slug, ...data },
      update: data,
    });
  } else {
    const data = { title: fields.title!, description: fields.description!, audioId };
    await tx.libraryItemTranslation.upsert({
      where: { itemId_locale: { itemId: id, locale } },
      create: { itemId: id, locale, ...data },
      update: data,
    });
  }
}
