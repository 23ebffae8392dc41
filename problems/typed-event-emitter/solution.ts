export type EventMap = Record<string, unknown[]>;
export type Listener<A extends unknown[]> = (...args: A) => void;

interface Registration {
  listener: Listener<unknown[]>;
  once: boolean;
  /** Cleared on removal, so an emit already iterating a snapshot skips it. */
  active: boolean;
}

interface EventListeners {
  /** In registration order; may still hold removed (inactive) registrations. */
  list: Registration[];
  active: number;
}

/** An in-process event bus whose event names and payloads are checked by the compiler. */
export class TypedEmitter<Events extends EventMap> {
  readonly #events = new Map<keyof Events, EventListeners>();

  on<K extends keyof Events>(event: K, listener: Listener<Events[K]>): () => void {
    return this.#add(event, listener, false);
  }

  once<K extends keyof Events>(event: K, listener: Listener<Events[K]>): () => void {
    return this.#add(event, listener, true);
  }

  off<K extends keyof Events>(event: K, listener: Listener<Events[K]>): void {
    const entry = this.#events.get(event);
    if (!entry) return;
    for (let i = entry.list.length - 1; i >= 0; i--) {
      const registration = entry.list[i]!;
      if (registration.active && registration.listener === (listener as Listener<unknown[]>)) {
        this.#remove(event, registration);
        return;
      }
    }
  }

  emit<K extends keyof Events>(event: K, ...args: Events[K]): boolean {
    const entry = this.#events.get(event);
    if (!entry) return false;
    let called = false;
    // A snapshot: listeners added during this emit wait for the next one.
    for (const registration of entry.list.slice()) {
      if (!registration.active) continue;
      if (registration.once) this.#remove(event, registration);
      called = true;
      registration.listener(...args);
    }
    return called;
  }

  listenerCount<K extends keyof Events>(event: K): number {
    return this.#events.get(event)?.active ?? 0;
  }

  #add<K extends keyof Events>(event: K, listener: Listener<Events[K]>, once: boolean): () => void {
    const registration: Registration = { listener: listener as Listener<unknown[]>, once, active: true };
    let entry = this.#events.get(event);
    if (!entry) {
      entry = { list: [], active: 0 };
      this.#events.set(event, entry);
    }
    entry.list.push(registration);
    entry.active++;
    return () => this.#remove(event, registration);
  }

  /** O(1) amortized: removal only flags the registration; the list is compacted when mostly dead. */
  #remove(event: keyof Events, registration: Registration): void {
    if (!registration.active) return;
    registration.active = false;
    const entry = this.#events.get(event);
    if (!entry) return;
    entry.active--;
    if (entry.active === 0) this.#events.delete(event);
    else if (entry.list.length > 2 * entry.active) entry.list = entry.list.filter((r) => r.active);
  }
}
