import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, parseSettings, resolveTheme } from "./editor-settings.ts";

describe("parseSettings", () => {
  it("reads stored settings", () => {
    expect(parseSettings({ fontSize: 18, theme: "dark", vim: true })).toEqual({ fontSize: 18, theme: "dark", vim: true });
  });

  it("falls back to the default for each field it cannot use", () => {
    expect(parseSettings({ fontSize: 300, theme: "solarized", vim: "yes" })).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings({ theme: "light" })).toEqual({ ...DEFAULT_SETTINGS, theme: "light" });
    expect(parseSettings(null)).toEqual(DEFAULT_SETTINGS);
  });
});

describe("resolveTheme", () => {
  it("follows the system unless told otherwise", () => {
    expect(resolveTheme("system", true)).toBe("dark");
    expect(resolveTheme("system", false)).toBe("light");
    expect(resolveTheme("light", true)).toBe("light");
    expect(resolveTheme("dark", false)).toBe("dark");
  });
});
