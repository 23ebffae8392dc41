export interface StoredResponse {
  status: number;
  body: unknown;
}

export interface IdempotentResult {
  response: StoredResponse;
  replayed: boolean;
}

export class IdempotencyConflictError extends Error {
  readonly key: string;

  constructor(key: string) {
    super(`Idempotency key "${key}" was already used with a different payload`);
    this.name = "IdempotencyConflictError";
    this.key = key;
  }
}

type Entry =
  | { state: "in-flight"; fingerprint: string; promise: Promise<StoredResponse> }
  | { state: "completed"; fingerprint: string; response: StoredResponse; expiresAt: number };

/** JSON with object keys sorted at every level, so key order does not change the fingerprint. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const record = value as Record<string, unknown>;
    const fields = Object.keys(record)
      .filter((k) => record[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`);
    return `{${fields.join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

/** Makes a request handler idempotent per key: one execution, replayed responses, conflicts detected. */
export class IdempotencyStore {
  readonly #ttlMs: number;
  readonly #entries = new Map<string, Entry>();

  constructor(options: { ttlMs: number }) {
    if (!Number.isFinite(options.ttlMs) || options.ttlMs <= 0) {
      throw new RangeError(`ttlMs must be a positive finite number, got ${options.ttlMs}`);
    }
    this.#ttlMs = options.ttlMs;
  }

  async execute(key: string, payload: unknown, handler: () => Promise<StoredResponse>): Promise<IdempotentResult> {
    const fingerprint = canonicalJson(payload);
    const existing = this.#live(key);
    if (existing) {
      if (existing.fingerprint !== fingerprint) throw new IdempotencyConflictError(key);
      const response = existing.state === "completed" ? existing.response : await existing.promise;
      return { response, replayed: true };
    }

    // Registered before the first await, so a retry in the same tick shares this execution.
    const promise = (async () => handler())();
    const entry: Entry = { state: "in-flight", fingerprint, promise };
    this.#entries.set(key, entry);
    let response: StoredResponse;
    try {
      response = await promise;
    } catch (error) {
      if (this.#entries.get(key) === entry) this.#entries.delete(key);
      throw error;
    }
    if (this.#entries.get(key) === entry) {
      if (response.status < 500) {
        this.#entries.set(key, { state: "completed", fingerprint, response, expiresAt: Date.now() + this.#ttlMs });
      } else {
        this.#entries.delete(key);
      }
    }
    return { response, replayed: false };
  }

  /** The key's entry unless it has expired (expired entries are dropped on sight). */
  #live(key: string): Entry | undefined {
    const entry = this.#entries.get(key);
    if (entry?.state === "completed" && Date.now() >= entry.expiresAt) {
      this.#entries.delete(key);
      return undefined;
    }
    return entry;
  }
}
