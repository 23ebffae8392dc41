import { useSyncExternalStore } from "react";
import { isRecord, readStored, writeStored } from "./storage.ts";

export const THEME_PREFERENCES = ["system", "light", "dark"] as const;
export type ThemePreference = (typeof THEME_PREFERENCES)[number];
export type Theme = "light" | "dark";

export const FONT_SIZES = [12, 13, 14, 16, 18, 20, 24] as const;

export interface EditorSettings {
  fontSize: number;
  /** "system" follows prefers-color-scheme. */
  theme: ThemePreference;
  vim: boolean;
}

export const DEFAULT_SETTINGS: EditorSettings = { fontSize: 14, theme: "system", vim: false };

const KEY = "rehearse:editor-settings";

/** Settings as stored; anything missing or unknown falls back to its default. */
export function parseSettings(value: unknown): EditorSettings {
  if (!isRecord(value)) return DEFAULT_SETTINGS;
  const fontSize = FONT_SIZES.find((size) => size === value.fontSize) ?? DEFAULT_SETTINGS.fontSize;
  const theme = THEME_PREFERENCES.find((t) => t === value.theme) ?? DEFAULT_SETTINGS.theme;
  return { fontSize, theme, vim: value.vim === true };
}

export function resolveTheme(preference: ThemePreference, systemPrefersDark: boolean): Theme {
  return preference === "system" ? (systemPrefersDark ? "dark" : "light") : preference;
}

// One store for the page, so the theme switch, the editor and the page colours agree.
let settings: EditorSettings | undefined;
const listeners = new Set<() => void>();
const darkQuery = () => window.matchMedia("(prefers-color-scheme: dark)");

function current(): EditorSettings {
  settings ??= readStored(KEY, parseSettings) ?? DEFAULT_SETTINGS;
  return settings;
}

function subscribe(onChange: () => void): () => void {
  listeners.add(onChange);
  const query = darkQuery();
  query.addEventListener("change", onChange);
  return () => {
    listeners.delete(onChange);
    query.removeEventListener("change", onChange);
  };
}

export function updateSettings(change: Partial<EditorSettings>): void {
  settings = { ...current(), ...change };
  writeStored(KEY, settings);
  applyTheme();
  for (const listener of listeners) listener();
}

export function useEditorSettings(): EditorSettings {
  return useSyncExternalStore(subscribe, current);
}

export function useTheme(): Theme {
  return useSyncExternalStore(subscribe, () => resolveTheme(current().theme, darkQuery().matches));
}

/** Puts the resolved theme on <html data-theme>, which the stylesheet keys its colours on. */
export function applyTheme(): void {
  const theme = resolveTheme(current().theme, darkQuery().matches);
  document.documentElement.dataset.theme = theme;
}

/** Called once at start: applies the theme and keeps following the system while set to "system". */
export function followTheme(): void {
  applyTheme();
  darkQuery().addEventListener("change", applyTheme);
}
