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

/** Makes a request handler idempotent per key: one execution, replayed responses, conflicts detected. */
export class IdempotencyStore {
  constructor(options: { ttlMs: number }) {
    void options;
  }

  /** Placeholder: runs the handler every time. */
  async execute(key: string, payload: unknown, handler: () => Promise<StoredResponse>): Promise<IdempotentResult> {
    void key;
    void payload;
    return { response: await handler(), replayed: false };
  }
}
