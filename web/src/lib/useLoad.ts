import { useEffect, useState } from "react";
import { takePreloaded } from "./preload.ts";

export type Load<T> = { state: "loading" } | { state: "ready"; data: T } | { state: "failed"; error: Error };

/** Loads once per `key` (taking a `preloadData` of that key if there is one); a late answer for an old key is dropped. */
export function useLoad<T>(key: string, load: () => Promise<T>): Load<T> {
  const [result, setResult] = useState<{ key: string; load: Load<T> }>({ key, load: { state: "loading" } });

  // biome-ignore lint/correctness/useExhaustiveDependencies: `load` is a fresh closure each render; `key` names what it loads.
  useEffect(() => {
    let current = true;
    setResult({ key, load: { state: "loading" } });
    (takePreloaded<T>(key) ?? load()).then(
      (data) => current && setResult({ key, load: { state: "ready", data } }),
      (error: unknown) =>
        current && setResult({ key, load: { state: "failed", error: error instanceof Error ? error : new Error(String(error)) } }),
    );
    return () => {
      current = false;
    };
  }, [key]);

  return result.key === key ? result.load : { state: "loading" };
}

export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · Rehearse` : "Rehearse";
  }, [title]);
}
