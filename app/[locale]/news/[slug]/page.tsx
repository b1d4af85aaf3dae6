import type { Metadata } from "next";
import { ArticlePage, articleMetadata } from "@/components/articles/article-page";

export function generateMetadata({ params }: PageProps<"/[locale]/news/[slug]">): Promise<Metadata> {
  return articleMetadata("news", params);
}

export default function NewsArticlePage({ params }: PageProps<"/[locale]/news/[slug]">) {
  return <ArticlePage section="news" params={params} />;
}
