import DOMPurify from "dompurify";
import { useMemo } from "react";
import { renderMarkdown } from "../lib/markdown.ts";

/**
 * Renders untrusted Markdown (a problem can come from anyone's problems folder): `renderMarkdown`
 * escapes raw HTML and drops unsafe URLs, and DOMPurify then sanitizes the HTML it produced, so
 * a gap in either one alone is not enough to run script on the page.
 */
export function Markdown({ source, label }: { source: string; label: string }) {
  const html = useMemo(() => DOMPurify.sanitize(renderMarkdown(source), { FORBID_TAGS: ["img", "style", "form"], FORBID_ATTR: ["style"] }), [source]);
  // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitized by DOMPurify just above.
  return <section className="markdown" aria-label={label} dangerouslySetInnerHTML={{ __html: html }} />;
}
