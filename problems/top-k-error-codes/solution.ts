type Entry = [code: string, count: number];

/** True when a ranks before b: higher count first, then the smaller code (plain `<`). */
function ranksBefore(a: Entry, b: Entry): boolean {
  return a[1] !== b[1] ? a[1] > b[1] : a[0] < b[0];
}

/**
 * The k most frequent codes: higher count first, then smaller code (plain `<`) first.
 * Counts with a Map, then keeps the k best entries in a binary heap whose root is the
 * WORST kept entry, so a better newcomer replaces it: O(n + d log k) for d distinct codes.
 */
export function topErrorCodes(codes: string[], k: number): string[] {
  const counts = new Map<string, number>();
  for (const code of codes) counts.set(code, (counts.get(code) ?? 0) + 1);
  if (k <= 0) return [];

  const heap: Entry[] = [];
  for (const entry of counts) {
    if (heap.length < k) {
      // Sift up: move the newcomer above every kept entry that ranks before it.
      let i = heap.length;
      heap.push(entry);
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!ranksBefore(heap[parent]!, entry)) break;
        heap[i] = heap[parent]!;
        i = parent;
      }
      heap[i] = entry;
    } else if (ranksBefore(entry, heap[0]!)) {
      // Replace the worst kept entry, then sift it down below every worse child.
      let i = 0;
      for (;;) {
        let child = 2 * i + 1;
        if (child >= heap.length) break;
        if (child + 1 < heap.length && ranksBefore(heap[child]!, heap[child + 1]!)) child++;
        if (!ranksBefore(entry, heap[child]!)) break;
        heap[i] = heap[child]!;
        i = child;
      }
      heap[i] = entry;
    }
  }
  return heap.sort((a, b) => (ranksBefore(a, b) ? -1 : 1)).map(([code]) => code);
}
