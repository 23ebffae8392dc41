import { describe, expect, it } from "vitest";
import { isSafeUrl, renderMarkdown } from "./markdown.ts";

describe("renderMarkdown", () => {
  it("renders ordinary Markdown", () => {
    const html = renderMarkdown("# Title\n\nSome **bold** and `code`.\n\n```ts\nconst a = 1 < 2;\n```");
    expect(html).toContain("<h1>Title</h1>");
    expect(html).toContain("<strong>bold</strong>");
    expect(html).toContain("<code>code</code>");
    expect(html).toContain("const a = 1 &lt; 2;");
  });

  it("shows raw HTML blocks and inline tags as text", () => {
    const html = renderMarkdown('<script>alert(1)</script>\n\nText <img src=x onerror="alert(1)"> more <b>bold</b>');
    expect(html).not.toMatch(/<(script|img|b)\b/i);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
  });

  it("keeps safe links and drops javascript: ones, keeping their text", () => {
    expect(renderMarkdown("[docs](https://example.com/a?b=1&c=2)")).toContain('<a href="https://example.com/a?b=1&amp;c=2" rel="noopener noreferrer">docs</a>');
    const html = renderMarkdown("[click](javascript:alert(1)) [again](JaVa\tScRiPt:alert(1))");
    expect(html).not.toContain("<a");
    expect(html).toContain("click");
  });

  it("never turns an image into a fetch", () => {
    const html = renderMarkdown('![diagram "x"](https://example.com/d.png)');
    expect(html).not.toContain("<img");
    expect(html).toContain("[image: diagram &quot;x&quot;]");
  });
});

describe("isSafeUrl", () => {
  it.each(["https://a.b", "http://a.b", "mailto:a@b.c", "/problems/x", "#intro", "relative/path", "?q=1"])("allows %s", (url) => {
    expect(isSafeUrl(url)).toBe(true);
  });

  it.each(["javascript:alert(1)", " javascript:alert(1)", "java\nscript:alert(1)", "data:text/html,x", "vbscript:x", "file:///etc/passwd"])(
    "rejects %j",
    (url) => {
      expect(isSafeUrl(url)).toBe(false);
    },
  );
});
