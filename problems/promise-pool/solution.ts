/**
 * Runs the tasks with at most `limit` in flight; resolves with results in task order,
 * rejects on the first failure without starting further tasks.
 */
export async function runWithConcurrency<T>(tasks: ReadonlyArray<() => Promise<T>>, limit: number): Promise<T[]> {
  if (!(Number.isInteger(limit) && limit >= 1) && limit !== Number.POSITIVE_INFINITY) {
    throw new RangeError(`limit must be a positive integer or Infinity, got ${limit}`);
  }

  const results = new Array<T>(tasks.length);
  let next = 0;
  let failed = false;

  // Each worker runs one task at a time and takes the next index as soon as its task
  // settles. Being async, it turns a task that throws synchronously into a rejection.
  const worker = async (): Promise<void> => {
    while (!failed && next < tasks.length) {
      const index = next++;
      try {
        results[index] = await tasks[index]!();
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };

  const workerCount = Math.min(limit, tasks.length);
  // Promise.all rejects with the first failure and still observes the others.
  await Promise.all(Array.from({ length: workerCount }, () => worker()));
  return results;
}
