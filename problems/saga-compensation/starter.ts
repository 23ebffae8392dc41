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

/** Runs the steps in order; on failure, compensates the completed ones in reverse order. */
export async function runSaga<C>(steps: SagaStep<C>[], ctx: C, options: SagaOptions = {}): Promise<SagaReport> {
  // Placeholder: runs the steps and hopes for the best.
  void options;
  for (const step of steps) await step.run(ctx);
  return { status: "completed", completed: steps.map((s) => s.name) };
}
