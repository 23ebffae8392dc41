import { describe, expect, it } from "@jest/globals";
import { Autocomplete } from "./solution";

const COUNT = 30_000;

/** Command k is k written in base 10 with the letters a–j, 5 letters long: "aaaaa" is 0. */
const commands = Array.from({ length: COUNT }, (_, k) => {
  let s = "";
  for (let d = 10_000; d >= 1; d /= 10) s += String.fromCharCode(97 + (Math.floor(k / d) % 10));
  return s;
});

describe("Autocomplete with 30,000 commands", () => {
  it("50,000 suggestions after inserting in a scrambled order", () => {
    const palette = new Autocomplete();
    for (let i = 0; i < COUNT; i++) palette.insert(commands[(i * 7_919) % COUNT]!);
    expect(palette.size).toBe(COUNT);
    const mistakes: string[] = [];
    for (let q = 0; q < 50_000 && mistakes.length < 3; q++) {
      // A prefix of 1 to 5 letters of some command: its matches are consecutive commands,
      // starting at `first`.
      const length = 1 + (q % 5);
      const span = 10 ** (5 - length);
      const first = Math.floor(((q * 104_729) % COUNT) / span) * span;
      const prefix = commands[first]!.slice(0, length);
      const count = Math.min(span, 3, COUNT - first);
      const got = palette.suggest(prefix);
      let ok = got.length === count;
      for (let i = 0; ok && i < count; i++) ok = got[i] === commands[first + i];
      if (!ok) mistakes.push(`${prefix}: got ${JSON.stringify(got)}, expected ${JSON.stringify(commands.slice(first, first + count))}`);
    }
    expect(mistakes).toEqual([]);
  });

  it("prefixes past the last command have no suggestions", () => {
    const palette = new Autocomplete(commands);
    // 30,000 would be "daaaa": nothing starts with "d" to "j".
    for (const prefix of ["d", "g", "ja", "djjjj"]) expect(palette.suggest(prefix)).toEqual([]);
    expect(palette.suggest("")).toEqual(["aaaaa", "aaaab", "aaaac"]);
    expect(palette.suggestAsTyped("cjjjjj")).toEqual([
      ["caaaa", "caaab", "caaac"],
      ["cjaaa", "cjaab", "cjaac"],
      ["cjjaa", "cjjab", "cjjac"],
      ["cjjja", "cjjjb", "cjjjc"],
      ["cjjjj"],
      [],
    ]);
  });
});
