export interface SagaStep<C> {
  name: string;
  run: (ctx: C) => Promise<unknown>;
  compensate?: (ctx: C, output: unknown) => Promise<void>;
}

export interface SagaOptions {
  /** Total attempts per compensation, the first one included. Default 3. */
  compensationAttempts?: number;
  /** Wait between two attempts of a compensation. Default 1000. */
  compensationRetryDelayMs?: number;
}

export type SagaReport =
  | { status: "completed"; completed: string[] }
  | { status: "compensated"; failedStep: string; error: unknown; completed: string[]; compensated: string[] }
  | {
      status: "compensation-failed";
      failedStep: string;
      error: unknown;
      completed: string[];
      compensated: string[];
      compensationFailures: { step: string; error: unknown }[];
    };

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Calls `action` up to `attempts` times, `delayMs` apart; reports success or the last error. */
async function withRetries(action: () => Promise<void>, attempts: number, delayMs: number): Promise<{ ok: true } | { ok: false; error: unknown }> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    if (attempt > 1) await sleep(delayMs);
    try {
      await action();
      return { ok: true };
    } catch (error) {
      lastError = error;
    }
  }
  return { ok: false, error: lastError };
}

/** Runs the steps in order; on failure, compensates the completed ones in reverse order. */
export async function runSaga<C>(steps: SagaStep<C>[], ctx: C, options: SagaOptions = {}): Promise<SagaReport> {
  const { compensationAttempts = 3, compensationRetryDelayMs = 1_000 } = options;
  const done: { step: SagaStep<C>; output: unknown }[] = [];

  let failure: { step: SagaStep<C>; error: unknown } | undefined;
  for (const step of steps) {
    try {
      done.push({ step, output: await step.run(ctx) });
    } catch (error) {
      failure = { step, error };
      break;
    }
  }
  const completed = done.map(({ step }) => step.name);
  if (!failure) return { status: "completed", completed };

  const compensated: string[] = [];
  const compensationFailures: { step: string; error: unknown }[] = [];
  for (const { step, output } of [...done].reverse()) {
    const compensate = step.compensate;
    if (!compensate) continue;
    const result = await withRetries(() => compensate.call(step, ctx, output), compensationAttempts, compensationRetryDelayMs);
    if (result.ok) compensated.push(step.name);
    else compensationFailures.push({ step: step.name, error: result.error });
  }

  const base = { failedStep: failure.step.name, error: failure.error, completed, compensated };
  return compensationFailures.length === 0
    ? { status: "compensated", ...base }
    : { status: "compensation-failed", ...base, compensationFailures };
}
