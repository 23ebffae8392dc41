import type { MiddlewareHandler } from "hono";
import { ValidationError } from "../lib/errors.ts";

/**
 * How deep a JSON body may nest. The app's deepest real bodies (whiteboard scenes, problem
 * files) nest about six levels; past a few thousand, JSON.stringify and recursive readers run
 * out of stack, which answered 500.
 */
export const MAX_JSON_DEPTH = 64;

const JSON_TYPE = /^application\/([\w.-]+\+)?json\s*(;|$)/i;
const FORM_TYPE = /^application\/x-www-form-urlencoded\s*(;|$)/i;
const NUL_MESSAGE = "Text may not contain NUL characters (\\u0000).";

/**
 * Checks every text a request carries before any route reads it, better-auth's included: no NUL
 * character in the URL or in any JSON or form field (libSQL cuts text at a NUL, so a team named
 * "\u0000" was stored with an empty name), and JSON no deeper than MAX_JSON_DEPTH. Malformed JSON
 * is left to the route, which answers 400 in its own words.
 */
export function inputGuard(): MiddlewareHandler {
  return async (c, next) => {
    if (/%00/.test(c.req.url)) throw nulError("url");
    const type = c.req.header("Content-Type") ?? "";
    if (c.req.raw.body && (JSON_TYPE.test(type) || FORM_TYPE.test(type))) {
      // A clone: better-auth and the routes read the original body themselves.
      const text = await c.req.raw.clone().text();
      if (JSON_TYPE.test(type)) checkJson(text);
      else for (const [name, value] of new URLSearchParams(text)) if (`${name}${value}`.includes("\0")) throw nulError(name);
    }
    await next();
  };
}

function checkJson(text: string): void {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return;
  }
  // Walked with a stack of its own: a deep body must not overflow this check either.
  const pending: { value: unknown; path: string; depth: number }[] = [{ value: body, path: "", depth: 0 }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { value, path, depth } = next;
    if (typeof value === "string") {
      if (value.includes("\0")) throw nulError(path);
      continue;
    }
    if (typeof value !== "object" || value === null) continue;
    if (depth >= MAX_JSON_DEPTH) throw new ValidationError(`The JSON body nests deeper than ${MAX_JSON_DEPTH} levels.`);
    for (const [key, child] of Object.entries(value)) {
      const childPath = path ? `${path}.${key}` : key;
      if (key.includes("\0")) throw nulError(childPath);
      pending.push({ value: child, path: childPath, depth: depth + 1 });
    }
  }
}

function nulError(path: string): ValidationError {
  return new ValidationError(`Invalid request: ${path}: ${NUL_MESSAGE}`, { issues: [{ path, message: NUL_MESSAGE }] });
}
