/**
 * What the server says at start when its judge could hold more memory than the machine has:
 * each worker may grow to its ceiling before it is replaced, so workers x ceiling is what the
 * judge can take at once. Null when it fits (with a tenth left for the server and the system).
 */
export function judgeMemoryWarning(workers: number, workerMemoryMb: number, machineMemoryMb: number): string | null {
  const judgeMb = workers * workerMemoryMb;
  if (judgeMb <= machineMemoryMb * 0.9) return null;
  const fits = Math.max(1, Math.floor((machineMemoryMb * 0.9) / workerMemoryMb));
  return (
    `The judge may hold ${judgeMb} MB (${workers} workers x ${workerMemoryMb} MB) on a machine with ${Math.round(machineMemoryMb)} MB: ` +
    `under heavy load it could exhaust memory. Set JUDGE_WORKERS=${fits} or lower JUDGE_WORKER_MEMORY_MB.`
  );
}
