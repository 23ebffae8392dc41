// Returns a genuine asymmetric token with a function attached, so it cannot be copied out and the isolate decides.
import { expect } from "@jest/globals";
export function add(_a: number, _b: number): unknown {
  const token = expect.anything() as Record<string, unknown>;
  token.uncopyable = () => 0;
  return token;
}
