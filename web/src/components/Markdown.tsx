import { useMemo } from "react";
import { renderMarkdown } from "../lib/markdown.ts";

/** Renders untrusted Markdown: `renderMarkdown` escapes raw HTML and drops unsafe URLs. */
export function Markdown({ source, label }: { source: string; label: string }) {
  const html = useMemo(() => renderMarkdown(source), [source]);
  // biome-ignore lint/security/noDangerouslySetInnerHtml: the HTML comes from renderMarkdown, which escapes raw HTML.
  return <section className="markdown" aria-label={label} dangerouslySetInnerHTML={{ __html: html }} />;
}
