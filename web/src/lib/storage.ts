import { useCallback, useState } from "react";

/**
 * localStorage as JSON, never throwing: storage can be full, disabled or hold something an
 * older version wrote, and none of that may break the page. `parse` vets what was read.
 */
export function readStored<T>(key: string, parse: (value: unknown) => T | undefined): T | undefined {
  try {
    const text = window.localStorage.getItem(key);
    return text === null ? undefined : parse(JSON.parse(text));
  } catch {
    return undefined;
  }
}

/** Stores `value` as JSON; `undefined` removes the key. */
export function writeStored(key: string, value: unknown): void {
  try {
    if (value === undefined) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Full or disabled storage: the value just is not kept.
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** State kept in localStorage under `key`, read once on mount. */
export function useStoredState<T>(key: string, parse: (value: unknown) => T | undefined, initial: T): [T, (value: T) => void] {
  const [value, setValue] = useState<T>(() => readStored(key, parse) ?? initial);
  const set = useCallback(
    (next: T) => {
      writeStored(key, next);
      setValue(next);
    },
    [key],
  );
  return [value, set];
}
