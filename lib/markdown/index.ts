import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";

/*
 * The portal's one Markdown renderer (articles, later the forum). Raw HTML in the source is
 * dropped (remark-rehype without allowDangerousHtml), and the result is sanitized with
 * GitHub's rules narrowed further: only http(s), mailto and tel links, no images from other
 * sites, no ids that could clobber the page's own.
 */
const schema = {
  ...defaultSchema,
  clobberPrefix: "md-",
  protocols: { ...defaultSchema.protocols, href: ["http", "https", "mailto", "tel"], src: [] },
  tagNames: (defaultSchema.tagNames ?? []).filter((tag) => !["img", "input", "details", "summary"].includes(tag)),
};

const processor = unified()
  .use(remarkParse)
  .use(remarkRehype, { allowDangerousHtml: false })
  .use(rehypeSanitize, schema)
  .use(rehypeStringify)
  .freeze();

/** Markdown → safe HTML (no script, no event handlers, no `javascript:` links). */
export function renderMarkdown(source: string): string {
  return String(processor.processSync(source));
}
