import { describe, expect, it } from "@jest/globals";
import { Autocomplete } from "./solution";

describe("Autocomplete (samples)", () => {
  it("suggests up to three commands, smallest first", () => {
    const palette = new Autocomplete(["git-log", "git", "git-push", "go-to-line", "git-pull"]);
    expect(palette.suggest("gi")).toEqual(["git", "git-log", "git-pull"]);
    expect(palette.suggest("go")).toEqual(["go-to-line"]);
    expect(palette.suggest("x")).toEqual([]);
  });

  it("suggests as you type, after inserting a command", () => {
    const palette = new Autocomplete(["git-log", "git", "git-push", "go-to-line", "git-pull"]);
    palette.insert("format");
    expect(palette.suggestAsTyped("fox")).toEqual([["format"], ["format"], []]);
    expect(palette.size).toBe(6);
  });
});
