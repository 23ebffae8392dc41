/**
 * The candidate's text goes to the model as data inside `<answer>` ... `</answer>`. It is
 * HTML-escaped, so no `<` of its own reaches the prompt and nothing in it can close the fence,
 * whatever its case or spacing; angle-bracket look-alikes a model might read as `<` or `>` are
 * escaped too. The model quotes the text back escaped or not: `unescapeFenced` undoes it.
 */
const LOOK_ALIKES = /[<>&\u02C2\u02C3\u2039\u203A\u2329\u232A\u27E8\u27E9\u3008\u3009\uFE64\uFE65\uFF1C\uFF1E]/g;
const NAMED: Record<string, string> = { "<": "&lt;", ">": "&gt;", "&": "&amp;" };

export function escapeFenced(text: string): string {
  return text.replace(LOOK_ALIKES, (ch) => NAMED[ch] ?? `&#x${ch.codePointAt(0)!.toString(16).toUpperCase()};`);
}

export function unescapeFenced(text: string): string {
  return text.replace(/&(lt|gt|amp|#x([0-9a-f]{1,6}));/gi, (whole, name: string, hex: string | undefined) => {
    if (hex) return String.fromCodePoint(Number.parseInt(hex, 16));
    return { lt: "<", gt: ">", amp: "&" }[name.toLowerCase()] ?? whole;
  });
}

/** `text` as fenced data: the only `<tag>` and `</tag>` in the result are the fence's own. */
export function fence(tag: string, text: string): string {
  return `<${tag}>\n${escapeFenced(text)}\n</${tag}>`;
}
