import { describe, expect, it } from "vitest";
import { renderMarkdown } from "@/lib/markdown";
import { highlight, queryTerms } from "@/lib/search/highlight";

describe("Markdown is rendered inert", () => {
  it("drops raw HTML, event handlers and javascript: links", () => {
    const html = renderMarkdown(
      'Xin chào\n\n<script>alert(1)</script>\n\n<img src=x onerror="alert(2)">\n\n[bấm vào đây](javascript:alert(3)) [trang](https://example.gov.vn)\n\n<a href="javascript:alert(4)">x</a>',
    );
    expect(html).not.toMatch(/<script|onerror|javascript:|<img/i);
    expect(html).toContain('<a href="https://example.gov.vn">trang</a>');
    expect(html).toContain("<a>bấm vào đây</a>");
  });

  it("keeps headings, lists and emphasis", () => {
    expect(renderMarkdown("## Ai được hỗ trợ?\n\n- Hộ nghèo\n- **Hộ cận nghèo**")).toBe(
      "<h2>Ai được hỗ trợ?</h2>\n<ul>\n<li>Hộ nghèo</li>\n<li><strong>Hộ cận nghèo</strong></li>\n</ul>",
    );
  });
});

describe("search highlighting", () => {
  it("folds the query", () => {
    expect(queryTerms("Chính sách  hỗ trợ!")).toEqual(["chinh", "sach", "ho", "tro"]);
  });

  it("marks words matching without accents, keeping the original text", () => {
    const segments = highlight("Chính sách hỗ trợ hộ nghèo", queryTerms("chinh sach ho tro"));
    expect(segments.filter((s) => s.match).map((s) => s.text)).toEqual(["Chính", "sách", "hỗ", "trợ", "hộ"]);
    expect(segments.map((s) => s.text).join("")).toBe("Chính sách hỗ trợ hộ nghèo");
  });

  it("only whole words, and cuts a snippet around the first match", () => {
    expect(
      highlight("thôn hộ, hỏi trong", ["ho", "tro"])
        .filter((s) => s.match)
        .map((s) => s.text),
    ).toEqual(["hộ"]);
    const long = `${"Một câu dài không liên quan. ".repeat(20)}Đăng ký khai sinh cho con. ${"Thêm chữ. ".repeat(30)}`;
    const snippet = highlight(long, ["khai"], 80);
    expect(snippet[0]?.text).toBe("… ");
    expect(snippet.at(-1)?.text).toBe(" …");
    expect(snippet.find((s) => s.match)?.text).toBe("khai");
  });
});
