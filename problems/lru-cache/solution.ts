interface Entry<K, V> {
  key: K;
  value: V;
  /** Towards the least recently used end. */
  older: Entry<K, V> | undefined;
  /** Towards the most recently used end. */
  newer: Entry<K, V> | undefined;
}

/**
 * A fixed-capacity cache that evicts the least recently used entry when full.
 * A Map finds entries by key; a doubly linked list keeps them in recency order,
 * so every operation is O(1), including evictions.
 */
export class LRUCache<K, V> {
  readonly capacity: number;
  readonly #entries = new Map<K, Entry<K, V>>();
  readonly #onEvict: ((key: K, value: V) => void) | undefined;
  #oldest: Entry<K, V> | undefined;
  #newest: Entry<K, V> | undefined;

  constructor(capacity: number, onEvict?: (key: K, value: V) => void) {
    if (!Number.isInteger(capacity) || capacity < 1) {
      throw new RangeError(`capacity must be a positive integer, got ${capacity}`);
    }
    this.capacity = capacity;
    this.#onEvict = onEvict;
  }

  get(key: K): V | undefined {
    const entry = this.#entries.get(key);
    if (entry === undefined) return undefined;
    this.#markUsed(entry);
    return entry.value;
  }

  put(key: K, value: V): void {
    const existing = this.#entries.get(key);
    if (existing !== undefined) {
      existing.value = value;
      this.#markUsed(existing);
      return;
    }
    if (this.#entries.size === this.capacity) this.#evictOldest();
    const entry: Entry<K, V> = { key, value, older: undefined, newer: undefined };
    this.#append(entry);
    this.#entries.set(key, entry);
  }

  get size(): number {
    return this.#entries.size;
  }

  #evictOldest(): void {
    const oldest = this.#oldest!;
    this.#unlink(oldest);
    this.#entries.delete(oldest.key);
    this.#onEvict?.(oldest.key, oldest.value);
  }

  #markUsed(entry: Entry<K, V>): void {
    if (entry === this.#newest) return;
    this.#unlink(entry);
    this.#append(entry);
  }

  #unlink(entry: Entry<K, V>): void {
    if (entry.older) entry.older.newer = entry.newer;
    else this.#oldest = entry.newer;
    if (entry.newer) entry.newer.older = entry.older;
    else this.#newest = entry.older;
    entry.older = undefined;
    entry.newer = undefined;
  }

  #append(entry: Entry<K, V>): void {
    entry.older = this.#newest;
    if (this.#newest) this.#newest.newer = entry;
    else this.#oldest = entry;
    this.#newest = entry;
  }
}
