import type { Metadata } from "next";
import { ArticlePage, articleMetadata } from "@/components/articles/article-page";

export function generateMetadata({ params }: PageProps<"/[locale]/law/[slug]">): Promise<Metadata> {
  return articleMetadata("law", params);
}

export default function LawArticlePage({ params }: PageProps<"/[locale]/law/[slug]">) {
  return <ArticlePage section="law" params={params} />;
}
