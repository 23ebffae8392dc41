import { validator } from "hono/validator";
import type { z } from "zod";
import { ValidationError } from "../lib/errors.ts";

const JSON_TYPE = /^application\/([\w.-]+\+)?json\s*(;|$)/i;

/** Parses with a zod schema, or throws a ValidationError naming each wrong field. */
export function parseOrThrow<T>(schema: z.ZodType<T>, value: unknown, what = "request body"): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
  const list = issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join("; ");
  throw new ValidationError(`Invalid ${what}: ${list}.`, { issues });
}

/**
 * A JSON body validated with `schema`. Built on Hono's `validator`, so `hc` clients see the
 * body's type; malformed JSON is rejected by Hono before this runs (400).
 */
export function jsonBody<T>(schema: z.ZodType<T>) {
  return validator("json", (value, c): T => {
    if (!JSON_TYPE.test(c.req.header("Content-Type") ?? "")) {
      throw new ValidationError("Send the body as JSON, with Content-Type: application/json.");
    }
    return parseOrThrow(schema, value);
  });
}
