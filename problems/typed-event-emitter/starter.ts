export type EventMap = Record<string, unknown[]>;
export type Listener<A extends unknown[]> = (...args: A) => void;

/** An in-process event bus whose event names and payloads are checked by the compiler. */
export class TypedEmitter<Events extends EventMap> {
  on<K extends keyof Events>(event: K, listener: Listener<Events[K]>): () => void {
    throw new Error("Not implemented");
  }

  once<K extends keyof Events>(event: K, listener: Listener<Events[K]>): () => void {
    throw new Error("Not implemented");
  }

  off<K extends keyof Events>(event: K, listener: Listener<Events[K]>): void {
    throw new Error("Not implemented");
  }

  emit<K extends keyof Events>(event: K, ...args: Events[K]): boolean {
    throw new Error("Not implemented");
  }

  listenerCount<K extends keyof Events>(event: K): number {
    throw new Error("Not implemented");
  }
}
