import type { Prisma } from "@/lib/generated/prisma/client";

/** What a revision keeps: the text of every language as published, in a fixed order. */
export function snapshotOf(translations: { locale: string; title: string; summary: string; body: string }[]): Prisma.InputJsonValue {
  return [...translations]
    .sort((a, b) => a.locale.localeCompare(b.locale))
    .map(({ locale, title, summary, body }) => ({ locale, title, summary, body }));
}
