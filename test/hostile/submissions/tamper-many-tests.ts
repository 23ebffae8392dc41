// Correct, but declares 5,000 extra tests that each spin ~2 ms: every call is quick, the run as a whole is not.
import { it } from "@jest/globals";
for (let i = 0; i < 5_000; i++) {
  it(`extra ${i}`, () => {
    let x = 0;
    for (let j = 0; j < 2_000_000; j++) x += j;
    return x > 0 ? undefined : undefined;
  });
}
export const add = (a: number, b: number) => a + b;
