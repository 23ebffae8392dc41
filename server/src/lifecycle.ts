/**
 * Whether this server still takes new work. It stops on SIGTERM: readiness then fails at once
 * and routes that would start work refuse it (503 with Retry-After), while work already
 * accepted finishes. One object, made in index.ts and passed to the app.
 */
export interface Lifecycle {
  readonly draining: boolean;
  startDraining(): void;
}

export function createLifecycle(): Lifecycle {
  let draining = false;
  return {
    get draining() {
      return draining;
    },
    startDraining() {
      draining = true;
    },
  };
}
