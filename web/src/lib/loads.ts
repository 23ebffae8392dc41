import { api } from "./api.ts";

/**
 * Loads that both a page (through `useLoad`) and `preloadRoute` (before the page's code has
 * arrived) make: one key and one fetch, so the page takes the early answer instead of asking again.
 */
export const loads = {
  problem: (slug: string) => ({ key: `problem:${slug}`, load: () => api.getProblem(slug) }),
};
