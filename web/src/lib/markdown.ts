import { Marked, type Tokens } from "marked";

/**
 * Problem statements are Markdown written by problem authors, but a statement can come
 * from any problems directory a host points at, so it is treated as untrusted: raw HTML
 * is shown as text, links keep to safe schemes, and images are never fetched (the page
 * loads nothing from outside its own origin).
 */
const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch] ?? ch);
}

const SAFE_SCHEMES = new Set(["http", "https", "mailto"]);

/** Relative URLs and http(s)/mailto only: no `javascript:`, `data:` and the like. */
export function isSafeUrl(href: string): boolean {
  // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:").
  const compact = [...href].filter((ch) => ch > " " && ch !== "\u007f").join("");
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1];
  return scheme === undefined || SAFE_SCHEMES.has(scheme.toLowerCase());
}

function titleAttribute(title: string | null | undefined): string {
  return title ? ` title="${escapeHtml(title)}"` : "";
}

const markdown = new Marked({ gfm: true, async: false }).use({
  renderer: {
    html({ text }: Tokens.HTML | Tokens.Tag): string {
      return escapeHtml(text);
    },
    link({ href, title, tokens }: Tokens.Link): string {
      const label = this.parser.parseInline(tokens);
      if (!isSafeUrl(href)) return label;
      return `<a href="${escapeHtml(href)}"${titleAttribute(title)} rel="noopener noreferrer">${label}</a>`;
    },
    image({ href, title, text }: Tokens.Image): string {
      const label = escapeHtml(text || "image");
      if (!isSafeUrl(href)) return label;
      return `<a href="${escapeHtml(href)}"${titleAttribute(title)} rel="noopener noreferrer">[image: ${label}]</a>`;
    },
  },
});

export function renderMarkdown(source: string): string {
  return markdown.parse(source, { async: false });
}
