import { describe, expect, it } from "@jest/globals";
import { Autocomplete } from "./solution";

describe("Autocomplete: basics", () => {
  it("an empty palette suggests nothing", () => {
    const palette = new Autocomplete();
    expect(palette.size).toBe(0);
    expect(palette.suggest("")).toEqual([]);
    expect(palette.suggest("a")).toEqual([]);
    expect(palette.suggestAsTyped("ab")).toEqual([[], []]);
  });

  it("the empty prefix matches every command", () => {
    const palette = new Autocomplete(["run", "debug", "test", "build"]);
    expect(palette.suggest("")).toEqual(["build", "debug", "run"]);
  });

  it("a command equal to the prefix comes before its extensions", () => {
    const palette = new Autocomplete(["git-log", "git-add", "git"]);
    expect(palette.suggest("git")).toEqual(["git", "git-add", "git-log"]);
  });

  it("fewer than three matches", () => {
    const palette = new Autocomplete(["open-file", "open-folder", "close"]);
    expect(palette.suggest("open-fo")).toEqual(["open-folder"]);
    expect(palette.suggest("open-f")).toEqual(["open-file", "open-folder"]);
  });

  it("a prefix longer than every command", () => {
    const palette = new Autocomplete(["ls"]);
    expect(palette.suggest("lsx")).toEqual([]);
    expect(palette.suggest("ls")).toEqual(["ls"]);
  });
});

describe("Autocomplete: ordering", () => {
  it("plain string order: upper case, digits and dashes before lower case", () => {
    const palette = new Autocomplete(["build", "Build", "b2", "b-x", "ba"]);
    expect(palette.suggest("b")).toEqual(["b-x", "b2", "ba"]);
    expect(palette.suggest("")).toEqual(["Build", "b-x", "b2"]);
  });

  it("matching is case-sensitive", () => {
    const palette = new Autocomplete(["Reload", "reload-window"]);
    expect(palette.suggest("r")).toEqual(["reload-window"]);
    expect(palette.suggest("R")).toEqual(["Reload"]);
  });

  it("a later, smaller command displaces a suggestion", () => {
    const palette = new Autocomplete(["tab-next", "tab-prev", "tab-pin"]);
    expect(palette.suggest("tab")).toEqual(["tab-next", "tab-pin", "tab-prev"]);
    palette.insert("tab-close");
    expect(palette.suggest("tab")).toEqual(["tab-close", "tab-next", "tab-pin"]);
    expect(palette.suggest("tab-p")).toEqual(["tab-pin", "tab-prev"]);
    palette.insert("tab-zoom");
    expect(palette.suggest("tab")).toEqual(["tab-close", "tab-next", "tab-pin"]);
  });

  it("insertion order does not matter", () => {
    const words = ["delta", "alpha", "charlie", "bravo", "echo", "alpine", "alps"];
    const forward = new Autocomplete(words);
    const backward = new Autocomplete(words.slice().reverse());
    for (const prefix of ["", "a", "al", "alp", "b", "e", "z"]) {
      expect(forward.suggest(prefix)).toEqual(backward.suggest(prefix));
    }
    expect(forward.suggest("al")).toEqual(["alpha", "alpine", "alps"]);
  });
});

describe("Autocomplete: insert rules", () => {
  it("a duplicate command is stored once", () => {
    const palette = new Autocomplete(["save", "save"]);
    palette.insert("save");
    palette.insert("save-all");
    expect(palette.size).toBe(2);
    expect(palette.suggest("sa")).toEqual(["save", "save-all"]);
  });

  it("the empty string is ignored", () => {
    const palette = new Autocomplete([""]);
    palette.insert("");
    expect(palette.size).toBe(0);
    expect(palette.suggest("")).toEqual([]);
  });

  it("a prefix of a stored command is a new command", () => {
    const palette = new Autocomplete(["terminal-new"]);
    palette.insert("terminal");
    expect(palette.size).toBe(2);
    expect(palette.suggest("term")).toEqual(["terminal", "terminal-new"]);
  });

  it("commands named like Object.prototype keys", () => {
    const palette = new Autocomplete(["constructor", "toString", "__proto__", "hasOwnProperty"]);
    expect(palette.size).toBe(4);
    expect(palette.suggest("c")).toEqual(["constructor"]);
    expect(palette.suggest("__")).toEqual(["__proto__"]);
    expect(palette.suggest("")).toEqual(["__proto__", "constructor", "hasOwnProperty"]);
  });
});

describe("Autocomplete: isolation", () => {
  it("returned arrays are copies", () => {
    const palette = new Autocomplete(["alpha", "beta", "gamma"]);
    const first = palette.suggest("");
    first.push("zzz");
    first.length = 0;
    expect(palette.suggest("")).toEqual(["alpha", "beta", "gamma"]);
    const typed = palette.suggestAsTyped("al");
    typed[0]!.pop();
    expect(palette.suggest("a")).toEqual(["alpha"]);
  });

  it("two palettes don't share state", () => {
    const a = new Autocomplete(["one"]);
    const b = new Autocomplete(["two"]);
    expect(a.suggest("")).toEqual(["one"]);
    expect(b.suggest("")).toEqual(["two"]);
    expect(a.size).toBe(1);
  });

  it("the constructor does not keep or modify the given array", () => {
    const initial = ["b", "a"];
    const palette = new Autocomplete(initial);
    initial.push("c");
    expect(initial).toEqual(["b", "a", "c"]);
    expect(palette.suggest("")).toEqual(["a", "b"]);
  });
});

describe("Autocomplete: suggestAsTyped", () => {
  it("one list per keystroke, empty once nothing matches", () => {
    const palette = new Autocomplete(["deploy", "debug", "delete", "describe", "diff"]);
    expect(palette.suggestAsTyped("dep!x")).toEqual([
      ["debug", "delete", "deploy"],
      ["debug", "delete", "deploy"],
      ["deploy"],
      [],
      [],
    ]);
    expect(palette.suggestAsTyped("")).toEqual([]);
  });
});
