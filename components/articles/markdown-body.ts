/**
 * Styles for rendered Markdown (articles, forum answers, the editor's preview); no typography
 * plugin. One constant, so the preview looks exactly like the public page.
 */
export const MARKDOWN_BODY =
  "article-body mt-6 max-w-prose text-lg [&_a]:text-brand-700 [&_a]:underline [&_h2]:mt-6 [&_h2]:text-xl [&_h2]:font-bold [&_h3]:mt-4 [&_h3]:font-bold [&_li]:mt-1 [&_ol]:mt-3 [&_ol]:list-decimal [&_ol]:pl-6 [&_p]:mt-3 [&_ul]:mt-3 [&_ul]:list-disc [&_ul]:pl-6 [&_blockquote]:mt-3 [&_blockquote]:border-l-4 [&_blockquote]:border-brand-100 [&_blockquote]:pl-3";
