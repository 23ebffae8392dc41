/** A fixed-capacity cache that evicts the least recently used entry when full. */
export class LRUCache<K, V> {
  readonly capacity: number;

  constructor(capacity: number, onEvict?: (key: K, value: V) => void) {
    this.capacity = capacity;
    void onEvict;
  }

  get(key: K): V | undefined {
    throw new Error("Not implemented");
  }

  put(key: K, value: V): void {
    throw new Error("Not implemented");
  }

  get size(): number {
    throw new Error("Not implemented");
  }
}
