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
  #running: Promise<TickReport> | undefined;
  #loop: { timer: ReturnType<typeof setTimeout> | undefined } | undefined;

  constructor(store: OutboxStore, publish: Publish, options: RelayOptions) {
    if (!Number.isInteger(options.batchSize) || options.batchSize < 1) {
      throw new RangeError(`batchSize must be a positive integer, got ${options.batchSize}`);
    }
    if (!Number.isFinite(options.intervalMs) || options.intervalMs <= 0) {
      throw new RangeError(`intervalMs must be a positive finite number, got ${options.intervalMs}`);
    }
    this.#store = store;
    this.#publish = publish;
    this.#options = options;
  }

  /** Relays one batch; while a tick runs, returns that same tick. */
  tick(): Promise<TickReport> {
    this.#running ??= this.#relayBatch().finally(() => {
      this.#running = undefined;
    });
    return this.#running;
  }

  start(): void {
    if (this.#loop) return;
    const loop: { timer: ReturnType<typeof setTimeout> | undefined } = { timer: undefined };
    this.#loop = loop;
    const run = async (): Promise<void> => {
      loop.timer = undefined;
      let delay = this.#options.intervalMs;
      try {
        const report = await this.tick();
        const fullBatch = report.published.length + report.failed.length + report.deferred.length === this.#options.batchSize;
        if (fullBatch && report.failed.length === 0) delay = 0;
      } catch (error) {
        this.#options.onError?.(error);
      }
      // Stopped (or stopped and restarted) while the tick ran: this loop is over.
      if (this.#loop === loop) loop.timer = setTimeout(run, delay);
    };
    void run();
  }

  stop(): void {
    if (this.#loop?.timer !== undefined) clearTimeout(this.#loop.timer);
    this.#loop = undefined;
  }

  async #relayBatch(): Promise<TickReport> {
    const rows = await this.#store.fetchUnsent(this.#options.batchSize);
    const report: TickReport = { published: [], failed: [], deferred: [] };
    const blocked = new Set<string>();
    for (const row of rows) {
      if (blocked.has(row.aggregateId)) {
        report.deferred.push(row.id);
        continue;
      }
      try {
        await this.#publish(row);
        // Only after a successful publish: a crash in between re-publishes, never loses.
        await this.#store.markSent(row.id);
        report.published.push(row.id);
      } catch {
        report.failed.push(row.id);
        blocked.add(row.aggregateId);
      }
    }
    return report;
  }
}
