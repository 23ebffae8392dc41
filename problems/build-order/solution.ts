/** A binary min-heap of integers. */
class MinHeap {
  readonly #items: number[] = [];

  get size(): number {
    return this.#items.length;
  }

  push(value: number): void {
    const items = this.#items;
    let i = items.length;
    items.push(value);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (items[parent]! <= value) break;
      items[i] = items[parent]!;
      i = parent;
    }
    items[i] = value;
  }

  pop(): number | undefined {
    const items = this.#items;
    const top = items[0];
    const last = items.pop();
    if (items.length === 0 || last === undefined) return top;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= items.length) break;
      if (child + 1 < items.length && items[child + 1]! < items[child]!) child++;
      if (items[child]! >= last) break;
      items[i] = items[child]!;
      i = child;
    }
    items[i] = last;
    return top;
  }
}

/**
 * The CI build order: repeatedly build the ready package (all dependencies built) that is
 * listed first in `packages`. [a, b] in deps means a depends on b. null if there is a cycle.
 */
export function buildOrder(packages: string[], deps: Array<[string, string]>): string[] | null {
  const n = packages.length;
  const index = new Map<string, number>();
  for (let i = 0; i < n; i++) index.set(packages[i]!, i);

  // Kahn's algorithm. pending[i] = dependencies of package i not built yet. The packages
  // waiting for b are stored contiguously: waiting[first[b] .. first[b + 1]) (a compact
  // adjacency list in typed arrays, instead of one small array per package).
  // A duplicated pair counts twice on both sides, so it is released consistently.
  const m = deps.length;
  const dependent = new Int32Array(m);
  const dependency = new Int32Array(m);
  const pending = new Int32Array(n);
  const first = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) {
    const [a, b] = deps[e]!;
    dependent[e] = index.get(a)!;
    dependency[e] = index.get(b)!;
    pending[dependent[e]!]!++;
    first[dependency[e]! + 1]!++;
  }
  for (let b = 0; b < n; b++) first[b + 1]! += first[b]!;
  const waiting = new Int32Array(m);
  const next = first.slice(0, n); // next free slot in each package's range
  for (let e = 0; e < m; e++) waiting[next[dependency[e]!]!++] = dependent[e]!;

  // Ready packages, smallest index (= listed first) on top.
  const ready = new MinHeap();
  for (let i = 0; i < n; i++) if (pending[i] === 0) ready.push(i);

  const order: string[] = [];
  while (ready.size > 0) {
    const built = ready.pop()!;
    order.push(packages[built]!);
    for (let k = first[built]!; k < first[built + 1]!; k++) {
      if (--pending[waiting[k]!]! === 0) ready.push(waiting[k]!);
    }
  }
  // Packages never released are on, or behind, a cycle.
  return order.length === n ? order : null;
}
