/**
 * Data a page will ask for, fetched before the page's own code has loaded: `preloadRoute` starts
 * it as the app starts, and the page's first `useLoad` of the same key takes it instead of
 * fetching again. Each preload is taken once; later loads of the key fetch afresh.
 */
const early = new Map<string, Promise<unknown>>();

export function preloadData<T>(key: string, load: () => Promise<T>): void {
  const pending = load();
  // A failure is reported by the page that takes it; an untaken one must not surface as unhandled.
  pending.catch(() => undefined);
  early.set(key, pending);
}

export function takePreloaded<T>(key: string): Promise<T> | undefined {
  const pending = early.get(key) as Promise<T> | undefined;
  early.delete(key);
  return pending;
}
