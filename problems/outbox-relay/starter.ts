export interface OutboxRow {
  id: number;
  aggregateId: string;
  topic: string;
  payload: unknown;
}

export interface OutboxStore {
  /** Up to `limit` unsent rows with the smallest ids, ascending. */
  fetchUnsent(limit: number): Promise<OutboxRow[]>;
  markSent(id: number): Promise<void>;
}

export type Publish = (row: OutboxRow) => Promise<void>;

export interface TickReport {
  published: number[];
  failed: number[];
  deferred: number[];
}

export interface RelayOptions {
  batchSize: number;
  intervalMs: number;
  onError?: (error: unknown) => void;
}

/** Publishes unsent outbox rows in order, at least once, marking each as sent after it is published. */
export class OutboxRelay {
  readonly #store: OutboxStore;
  readonly #publish: Publish;
  readonly #options: RelayOptions;

  constructor(store: OutboxStore, publish: Publish, options: RelayOptions) {
    this.#store = store;
    this.#publish = publish;
    this.#options = options;
  }

  /** Placeholder: publishes everything at once and marks nothing. */
  async tick(): Promise<TickReport> {
    const rows = await this.#store.fetchUnsent(this.#options.batchSize);
    await Promise.all(rows.map((row) => this.#publish(row)));
    return { published: rows.map((row) => row.id), failed: [], deferred: [] };
  }

  start(): void {}

  stop(): void {}
}
