import { type ComponentType, type LazyExoticComponent, lazy } from "react";

export interface LazyPage<P extends object> {
  /** The page, rendered inside a Suspense boundary while its chunk loads. */
  Page: LazyExoticComponent<ComponentType<P>>;
  /** Starts loading the chunk now, e.g. before React first renders (see `preloadRoute`). */
  preload(): void;
}

/**
 * A page in a chunk of its own, loaded on first use: the first load of any page carries only
 * the app shell, not every other page and the libraries only they use.
 */
export function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>): LazyPage<P> {
  let loading: Promise<{ default: ComponentType<P> }> | undefined;
  const start = () => {
    loading ??= load().then((component) => ({ default: component }));
    return loading;
  };
  return {
    Page: lazy(start),
    preload() {
      // A failed preload is reported when the page itself renders (React.lazy rethrows it).
      start().catch(() => undefined);
    },
  };
}
