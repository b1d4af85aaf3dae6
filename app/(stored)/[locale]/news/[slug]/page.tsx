import type { Metadata } from "next";
import { ArticlePage, articleMetadata } from "@/components/articles/article-page";

// A stored page (app/(stored)/[locale]/layout.tsx): rendered when first asked for, kept until what
// it shows changes, and at most an hour (an article published later in its related list).
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

export function generateMetadata({ params }: PageProps<"/[locale]/news/[slug]">): Promise<Metadata> {
  return articleMetadata("news", params);
}

export default function NewsArticlePage({ params }: PageProps<"/[locale]/news/[slug]">) {
  return <ArticlePage section="news" params={params} />;
}
