/**
 * Runs the tasks with at most `limit` in flight; resolves with results in task order,
 * rejects on the first failure without starting further tasks.
 */
export async function runWithConcurrency<T>(tasks: ReadonlyArray<() => Promise<T>>, limit: number): Promise<T[]> {
  throw new Error("Not implemented");
}
