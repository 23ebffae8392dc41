import { isMap, isScalar, isSeq, LineCounter, parseDocument } from "yaml";
import type { z } from "zod";
import { ValidationError } from "../lib/errors.ts";

/** One thing wrong with a problem or rubric file: which file, where when known, and what. */
export interface FileIssue {
  file: string;
  line?: number;
  column?: number;
  message: string;
}

/** What a ValidationError about files carries in `details`, for the API and the authoring UI. */
export interface FileIssuesDetails {
  errors: FileIssue[];
}

/** `file:line:column: message`, the way compilers and editors print it. */
export function formatIssue(issue: FileIssue): string {
  const where = [issue.file, issue.line, issue.line === undefined ? undefined : issue.column].filter((x) => x !== undefined).join(":");
  return `${where}: ${issue.message}`;
}

/** The issues a ValidationError carries, or one issue for `file` made from its message. */
export function issuesOf(error: unknown, file: string): FileIssue[] {
  if (error instanceof ValidationError) {
    const details = error.details as Partial<FileIssuesDetails> | undefined;
    if (Array.isArray(details?.errors) && details.errors.length > 0) return details.errors;
  }
  return [{ file, message: error instanceof Error ? error.message : String(error) }];
}

/** A YAML or JSON text, parsed, that can tell which line a value or key came from. */
export interface SourceDoc {
  data: unknown;
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

/**
 * Parses YAML (`lineOffset`: lines before it in its file, as for front matter), or returns the
 * syntax error as an issue with its line. `what` names the text in the message ("YAML front matter").
 */
export function parseYamlSource(text: string, file: string, what = "YAML", lineOffset = 0): SourceDoc | FileIssue {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const yamlError = doc.errors[0];
  if (yamlError) {
    const { line = 0, col = 0 } = yamlError.linePos?.[0] ?? {};
    const reason = (yamlError.message.split("\n")[0] ?? "").replace(/ at line \d+, column \d+:?$/, "");
    return { file, line: line + lineOffset, column: col, message: `invalid ${what}: ${reason}` };
  }
  return {
    data: doc.toJS(),
    lineOf(path) {
      const offset = offsetOf(doc.contents, path);
      return offset === undefined ? undefined : lineCounter.linePos(offset).line + lineOffset;
    },
  };
}

/** Parses JSON, or returns the syntax error as an issue with its line. JSON is YAML, so lines of values come from the YAML parser. */
export function parseJsonSource(text: string, file: string): SourceDoc | FileIssue {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const offset = jsonErrorOffset(text);
    const position = offset === undefined ? {} : linePosition(text, offset);
    return { file, ...position, message: `invalid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  const doc = parseYamlSource(text, file, "JSON");
  return { data, lineOf: "lineOf" in doc ? doc.lineOf : () => undefined };
}

export function isIssue(value: SourceDoc | FileIssue): value is FileIssue {
  return "message" in value;
}

/**
 * Validates parsed data with a zod schema; each issue points at the line of the key it is
 * about (an unknown key: that key; a missing one: its parent).
 */
export function parseSource<T>(schema: z.ZodType<T>, source: SourceDoc, file: string): { data: T } | { issues: FileIssue[]; paths: string[] } {
  const parsed = schema.safeParse(source.data);
  if (parsed.success) return { data: parsed.data };
  const issues: FileIssue[] = [];
  const paths: string[] = [];
  for (const issue of parsed.error.issues) {
    const path = issue.path.filter((p): p is string | number => typeof p !== "symbol");
    const pointAt = issue.code === "unrecognized_keys" && issue.keys[0] !== undefined ? [...path, issue.keys[0]] : path;
    const line = source.lineOf(pointAt);
    const label = path.join(".");
    paths.push(`${label || "(root)"}: ${issue.message}${line === undefined ? "" : ` (line ${line})`}`);
    issues.push({ file, ...(line === undefined ? {} : { line }), message: label ? `${label}: ${issue.message}` : issue.message });
  }
  return { issues, paths };
}

/** The offset of the deepest node on `path` that exists: the key of a map entry, the item of a list. */
function offsetOf(root: unknown, path: readonly PropertyKey[]): number | undefined {
  let node = root;
  let found = rangeStart(root);
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === key);
      if (!pair) break;
      found = rangeStart(pair.key) ?? found;
      node = pair.value;
    } else if (isSeq(node) && typeof key === "number") {
      const item = node.items[key];
      if (item === undefined) break;
      found = rangeStart(item) ?? found;
      node = item;
    } else break;
  }
  return found;
}

function rangeStart(node: unknown): number | undefined {
  if (node && typeof node === "object" && "range" in node && Array.isArray(node.range)) {
    const start: unknown = node.range[0];
    return typeof start === "number" ? start : undefined;
  }
  return undefined;
}

export function linePosition(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return { line, column: offset - before.lastIndexOf("\n") };
}

/** Where JSON stops being valid: `JSON.parse` does not always say ("Unexpected token 'x'"). */
export function jsonErrorOffset(text: string): number | undefined {
  let i = 0;
  const space = () => {
    while (i < text.length && " \t\n\r".includes(text.charAt(i))) i += 1;
  };
  const expect = (ok: boolean) => {
    if (!ok) throw i;
  };
  const literal = (word: string) => {
    expect(text.startsWith(word, i));
    i += word.length;
  };
  const string = () => {
    i += 1;
    while (i < text.length && text.charAt(i) !== '"') {
      expect(text.charCodeAt(i) >= 0x20);
      if (text.charAt(i) === "\\") {
        i += 1;
        if (text.charAt(i) === "u") {
          expect(/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5)));
          i += 4;
        } else expect('"\\/bfnrt'.includes(text.charAt(i)) && i < text.length);
      }
      i += 1;
    }
    expect(i < text.length);
    i += 1;
  };
  const value = (): void => {
    space();
    const ch = text.charAt(i);
    if (ch === "{" || ch === "[") {
      const close = ch === "{" ? "}" : "]";
      i += 1;
      space();
      if (text.charAt(i) === close) {
        i += 1;
        return;
      }
      for (;;) {
        if (close === "}") {
          space();
          expect(text.charAt(i) === '"');
          string();
          space();
          expect(text.charAt(i) === ":");
          i += 1;
        }
        value();
        space();
        if (text.charAt(i) === ",") i += 1;
        else {
          expect(text.charAt(i) === close);
          i += 1;
          return;
        }
      }
    }
    if (ch === '"') string();
    else if (ch === "t") literal("true");
    else if (ch === "f") literal("false");
    else if (ch === "n") literal("null");
    else number();
  };
  const number = () => {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    expect(match !== null);
    i += match?.[0].length ?? 0;
  };
  try {
    value();
    space();
    expect(i === text.length);
    return undefined;
  } catch (offset) {
    return typeof offset === "number" ? Math.min(offset, text.length) : undefined;
  }
}
