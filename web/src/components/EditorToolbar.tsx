import { useId } from "react";
import { type EditorSettings, FONT_SIZES, THEME_PREFERENCES, type ThemePreference, updateSettings } from "../lib/editor-settings.ts";

const THEME_LABELS: Record<ThemePreference, string> = { system: "System", light: "Light", dark: "Dark" };

/** Font size, theme and Vim keys; kept in this browser for every problem. */
export function EditorToolbar({ settings }: { settings: EditorSettings }) {
  const id = useId();
  return (
    <fieldset className="editor-settings">
      <legend className="visually-hidden">Editor settings</legend>
      <label htmlFor={`${id}-font`}>Font size</label>
      <select id={`${id}-font`} value={settings.fontSize} onChange={(e) => updateSettings({ fontSize: Number(e.target.value) })}>
        {FONT_SIZES.map((size) => (
          <option key={size} value={size}>
            {size}px
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-theme`}>Theme</label>
      <select id={`${id}-theme`} value={settings.theme} onChange={(e) => updateSettings({ theme: e.target.value as ThemePreference })}>
        {THEME_PREFERENCES.map((theme) => (
          <option key={theme} value={theme}>
            {THEME_LABELS[theme]}
          </option>
        ))}
      </select>
      <label className="checkbox">
        <input type="checkbox" checked={settings.vim} onChange={(e) => updateSettings({ vim: e.target.checked })} />
        Vim keys
      </label>
    </fieldset>
  );
}
