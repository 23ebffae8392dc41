
import { formatValue } from "./format.ts";


/** A value as the isolate prints it in messages, never throwing. */
export function printValue(value: unknown): string {
  try {
    return formatValue(value, { maxLength: 2_000 });
  } catch {
    return "[unprintable value]";
  }
}
