/**
 * The CI build order: repeatedly build the ready package (all dependencies built) that is
 * listed first in `packages`. [a, b] in deps means a depends on b. null if there is a cycle.
 */
export function buildOrder(packages: string[], deps: Array<[string, string]>): string[] | null {
  return packages.slice();
}
